import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot, waitForHydration } from '../fixtures';
import { ORG, PLAN } from '../fixtures/demo';

// The public roundtable pages of the demo: a member registers on a phone and cancels from the
// private link; a held roundtable shows "you said, we did". Screenshots and axe at both sizes.

const LIST = `/${ORG}/${PLAN}/roundtables`;
const HELD = 'Members’ roundtable: complaints and trust';
const UPCOMING = 'Open roundtable: what should the next plan say?';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('a member registers for a roundtable and cancels from the private link', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(LIST);
    await expect(page.getByRole('heading', { level: 1, name: 'Roundtables' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'roundtables-list-375');

    await page.getByRole('link', { name: UPCOMING }).click();
    await expect(page.getByRole('heading', { level: 1, name: UPCOMING })).toBeVisible();
    await waitForHydration(page);
    const form = page.getByRole('form', { name: 'Register' });
    await expect(form.getByText('only the executives of Labour Muslim Network see them')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'roundtable-upcoming-375');

    await form.getByLabel('Name').fill('E2E Member');
    await form.getByLabel('Email').fill('e2e-registrant@example.org');
    await form.getByLabel('Role or local party (optional)').fill('Example CLP');
    await form.getByRole('button', { name: /Register|Join the waiting list/ }).click();
    await expect(form.getByText('To register, agree to the consent statement')).toBeVisible();

    await form.getByLabel('I agree to my details being kept').check();
    await form.getByRole('button', { name: /Register|Join the waiting list/ }).click();
    const done = page.getByRole('status').filter({ hasText: 'private link' });
    await expect(done.getByRole('heading', { name: 'You have a place' })).toBeVisible();
    await expect(page.getByText('59 places left')).toBeVisible();
    await screenshot(page, 'roundtable-registered-375');
    const cancelLink = await done.locator('.private-link a').getAttribute('href');
    expect(cancelLink).toMatch(/\/roundtables\/[^/]+\/cancel#.+/);

    await page.goto(new URL(cancelLink!).pathname + new URL(cancelLink!).hash);
    await expect(page.getByText(`You have a place at ${UPCOMING}`)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'roundtable-cancel-375');
    await page.getByRole('button', { name: 'Cancel my registration' }).click();
    await expect(page.getByRole('heading', { name: 'Your registration is cancelled' })).toBeVisible();

    // The link works once.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'This link cannot cancel anything' })).toBeVisible();
  });

  test('a held roundtable shows you said, we did', async ({ page }) => {
    await page.goto(LIST);
    await page.getByRole('link', { name: HELD }).click();
    const saidDid = page.getByRole('region', { name: 'You said, we did' });
    await expect(saidDid.getByRole('link', { name: /^C\d+ / }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'roundtable-held-375');
  });
});

test('at 1280 px: the list, a held roundtable with you said, we did, and the dashboard’s figures', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LIST);
  await expect(page.getByRole('region', { name: 'Past' }).getByRole('link', { name: HELD })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Upcoming' }).getByRole('link', { name: UPCOMING })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'roundtables-list-1280');

  await page.getByRole('link', { name: HELD }).click();
  await expect(page.getByRole('heading', { level: 1, name: HELD })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'roundtable-held-1280');

  await page.goto(`/${ORG}/${PLAN}`);
  const figures = page.getByRole('region', { name: 'Roundtables: you said, we did' });
  await expect(figures.getByText('roundtables held')).toBeVisible();
  await expect(figures.getByRole('link')).toHaveAttribute('href', LIST);
});
