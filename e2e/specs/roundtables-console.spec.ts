import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { ORG, PLAN } from '../fixtures/demo';

// One journey at 1280 px: an executive announces a roundtable that has taken place, marks it
// held, records what was raised and links it; the public page then shows "you said, we did".
// The console pages get a screenshot and axe at 375 px too.

const TITLE = 'E2E roundtable: what members raised';
const ASK = 'Publish each quarter how long complaints take.';
const GAP = 'Hold the next roundtable outside London.';

test('an executive records the asks of a roundtable and links them; the public page shows you said, we did', async ({
  page,
}) => {
  // A long journey with four axe runs on a full editor.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'executive');
  await page.goto(`/console/plans/${PLAN}`);
  await page.getByRole('link', { name: /Run the plan’s roundtables/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roundtables' })).toBeVisible();

  const announce = page.getByRole('form', { name: 'Announce a roundtable' });
  await announce.getByLabel('Title').fill(TITLE);
  await announce.getByLabel('Who it is for').selectOption('MEMBERS');
  await announce.getByLabel('Starts (UK time)').fill('2026-06-10T18:30');
  await announce.getByLabel('Ends (UK time)').fill('2026-06-10T20:00');
  await announce.getByLabel('Place (optional)').fill('Community hall, 1 Example Street');
  await announce.getByRole('button', { name: 'Announce the roundtable' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Edit the roundtable' }).getByLabel('Starts (UK time)')).toHaveValue(
    '2026-06-10T18:30',
  );
  await page.getByLabel('How many people took part').fill('23');
  await page.getByRole('button', { name: 'Mark as held' }).click();
  await expect(page.getByText('Attendance').first()).toBeVisible();

  const record = page.getByRole('form', { name: 'Record an ask' });
  await record.getByLabel('What was raised').fill(ASK);
  await record.getByLabel('Theme (optional)').fill('Complaints');
  await record.getByLabel('How many raised it (optional)').fill('9');
  await record.getByRole('button', { name: 'Record the ask' }).click();
  const ask = page.getByRole('article', { name: ASK });
  await expect(ask.getByText('Nothing answers it yet')).toBeVisible();
  const answeredBy = ask.getByLabel('Answered by');
  const c3 = await answeredBy
    .locator('optgroup[label="Commitments"] option', { hasText: /^C3 / })
    .getAttribute('value');
  expect(c3).toBeTruthy();
  await answeredBy.selectOption(c3 ?? '');
  await ask.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(ask.getByText('Answered by:')).toBeVisible();
  await expect(ask.getByRole('listitem').filter({ hasText: 'C3' })).toBeVisible();

  await record.getByLabel('What was raised').fill(GAP);
  await record.getByRole('button', { name: 'Record the ask' }).click();
  await expect(page.getByRole('article', { name: GAP })).toBeVisible();

  await expectNoAxeViolations(page);
  await screenshot(page, 'roundtable-console-editor-1280');

  await page.setViewportSize({ width: 375, height: 812 });
  // Nothing, not even a long commitment in the "answered by" list, widens the page on a phone.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await screenshot(page, 'roundtable-console-editor-375');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Roundtables' }).click();
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'roundtable-console-list-375');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'roundtable-console-list-1280');

  // The public page, as anyone sees it.
  await page.context().clearCookies();
  await page.goto(`/${ORG}/${PLAN}/roundtables`);
  await page.getByRole('link', { name: TITLE }).click();
  const saidDid = page.getByRole('region', { name: 'You said, we did' });
  await expect(saidDid.getByRole('article', { name: ASK }).getByRole('link', { name: /^C3 / })).toBeVisible();
  await expect(saidDid.getByRole('article', { name: GAP }).getByText('Gap: nothing answers this yet')).toBeVisible();
  await expect(page.getByText('23 people')).toBeVisible();
});
