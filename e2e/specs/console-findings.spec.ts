import { expect, newContextOnTestClock, test } from '../fixtures/clock';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { ORG, VIEWPORTS } from '../fixtures/demo';
import { graphqlData } from '../fixtures/graphql';

/** A report of the run's own, so that what these journeys do changes none of the demo report's findings. */
async function createOwnReport(page: Page, name: string): Promise<{ id: string; slug: string }> {
  const slug = `e2e-${name}-${Date.now().toString(36)}`;
  const { createReport } = await graphqlData<{ createReport: { id: string; slug: string } }>(
    page.request,
    'mutation ($input: CreateReportInput!) { createReport(input: $input) { id slug } }',
    { input: { slug, title: 'Survey of members 2026' } },
  );
  return createReport;
}

async function addFinding(page: Page, label: string, figure: string, unit: string) {
  const form = page.getByRole('form', { name: 'Add a finding' });
  await form.getByLabel('Finding', { exact: true }).fill(label);
  await form.getByLabel('Figure').fill(figure);
  await form.getByLabel('Unit (optional)').fill(unit);
  await form.getByRole('button', { name: 'Add the finding' }).click();
  return form;
}

const findingsList = (page: Page): Locator => page.getByRole('list', { name: 'The findings' });
const findingItem = (page: Page, label: string): Locator =>
  findingsList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: label, exact: true }) });
const order = (page: Page) => findingsList(page).getByRole('heading', { level: 3 });

test('an executive adds, corrects, moves and deletes key findings; the public page and its history show each change', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(VIEWPORTS[1]);
  await signIn(page, 'executive');
  const report = await createOwnReport(page, 'findings');
  await page.goto(`/console/reports/${report.slug}`);
  await expect(page.getByRole('region', { name: 'Key findings' }).getByText('No findings yet')).toBeVisible();

  const form = await addFinding(page, 'felt unwelcome at party meetings', '31', '%');
  await expect(form.getByText('“felt unwelcome at party meetings” added at the end of the list.')).toBeVisible();
  await addFinding(page, 'members answered the survey', '1123', 'people');
  await expect(form.getByText('“members answered the survey” added at the end of the list.')).toBeVisible();

  // A percentage over 100 is refused on its field; what was typed stays.
  await addFinding(page, 'reported abuse online', '120', '%');
  await expect(form.getByText('Not saved: check “Figure”.')).toBeVisible();
  await expect(form.getByText('A percentage must be between 0 and 100; 120 is not.')).toBeVisible();
  await expect(form.getByLabel('Finding', { exact: true })).toHaveValue('reported abuse online');
  await form.getByLabel('Figure').fill('12');
  await form.getByRole('button', { name: 'Add the finding' }).click();
  await expect(form.getByText('“reported abuse online” added at the end of the list.')).toBeVisible();
  await expect(order(page)).toHaveText([
    'felt unwelcome at party meetings',
    'members answered the survey',
    'reported abuse online',
  ]);

  // Move the count to the top: focus follows it.
  await findingItem(page, 'members answered the survey')
    .getByRole('button', { name: 'Move up “members answered the survey”' })
    .click();
  await expect(page.getByText('Moved “members answered the survey” up.')).toBeVisible();
  await expect(order(page)).toHaveText([
    'members answered the survey',
    'felt unwelcome at party meetings',
    'reported abuse online',
  ]);
  await expect(page.getByRole('button', { name: 'Move down “members answered the survey”' })).toBeFocused();

  // Correct a figure.
  const first = findingItem(page, 'felt unwelcome at party meetings');
  await first.locator('summary', { hasText: 'Edit' }).click();
  const edit = first.getByRole('form', { name: 'Edit the finding “felt unwelcome at party meetings”' });
  await edit.getByLabel('Figure').fill('33');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Saved. The change is in the history.')).toBeVisible();
  await expect(first.getByText('33%', { exact: true })).toBeVisible();

  // Delete one, after confirming.
  const doomed = findingItem(page, 'reported abuse online');
  await doomed.getByRole('button', { name: 'Delete “reported abuse online”' }).click();
  const confirm = doomed.getByRole('group', { name: 'Delete “reported abuse online”?' });
  await expect(confirm).toBeVisible();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await confirm.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await screenshot(page, `console-findings-${viewport.width}`);
  }
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(
    page.getByText('Deleted “reported abuse online”. The report’s history keeps its wording.'),
  ).toBeVisible();
  await expect(order(page)).toHaveText(['members answered the survey', 'felt unwelcome at party meetings']);

  // The public page shows the findings as they are, and its history every change, the deleted one's wording too.
  await page.goto(`/${ORG}/reports/${report.slug}`);
  const chart = page.getByRole('list', { name: 'Key findings of Survey of members 2026' });
  await expect(chart.getByRole('listitem')).toHaveText([
    /^1,123 people\s*members answered the survey/,
    /^33%\s*felt unwelcome/,
  ]);
  const history = page.getByRole('region', { name: 'History of the report' });
  await expect(history.getByText('Figure changed')).toBeVisible();
  await expect(history.getByText(/Key finding “reported abuse online”/).first()).toBeVisible();
  await expect(history.getByText('Finding removed')).toBeVisible();
  await expect(history.getByText('Place in the list changed')).toHaveCount(2);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expectNoAxeViolations(page);
    await screenshot(page, `report-page-history-${viewport.width}`);
  }
});

test('two executives change the same findings: a stale move moves nothing, a stale edit keeps what was typed', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const firstContext = await newContextOnTestClock(browser, { viewport: VIEWPORTS[1] });
  const secondContext = await newContextOnTestClock(browser, { viewport: VIEWPORTS[0] });
  const a = await firstContext.newPage();
  const b = await secondContext.newPage();
  await signIn(a, 'executive');
  await signIn(b, 'executive');
  const report = await createOwnReport(a, 'findings-conflict');
  for (const [position, label] of ['first finding', 'second finding', 'third finding'].entries()) {
    await graphqlData(a.request, 'mutation ($input: CreateFindingInput!) { createFinding(input: $input) { id } }', {
      input: { reportId: report.id, label, value: (position + 1) * 10, unit: '%', position: position + 1 },
    });
  }
  await a.goto(`/console/reports/${report.slug}`);
  await b.goto(`/console/reports/${report.slug}`);
  await expect(order(b)).toHaveText(['first finding', 'second finding', 'third finding']);

  // The first executive moves the third finding up; the second, on the old view, moves the first down.
  await a.getByRole('button', { name: 'Move up “third finding”' }).click();
  await expect(order(a)).toHaveText(['first finding', 'third finding', 'second finding']);
  await b.getByRole('button', { name: 'Move down “first finding”' }).click();
  await expect(
    b.getByText('Someone else changed the findings since you opened this page, so nothing was changed.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(order(b)).toHaveText(['first finding', 'third finding', 'second finding']);

  // Both edit the first finding's wording: the second keeps theirs through the conflict.
  // Found by place, not by the wording that changes.
  const itemA = findingsList(a).getByRole('listitem').first();
  const itemB = findingsList(b).getByRole('listitem').first();
  await itemA.locator('summary', { hasText: 'Edit' }).click();
  await itemB.locator('summary', { hasText: 'Edit' }).click();
  const formA = itemA.getByRole('form', { name: /^Edit the finding/ });
  const formB = itemB.getByRole('form', { name: /^Edit the finding/ });
  await formA.getByLabel('Finding', { exact: true }).fill('first finding, as the report words it');
  await formA.getByRole('button', { name: 'Save changes' }).click();
  await expect(formA.getByText('Saved. The change is in the history.')).toBeVisible();
  await formB.getByLabel('Finding', { exact: true }).fill('first finding, reworded');
  await formB.getByRole('button', { name: 'Save changes' }).click();
  const conflict = b.getByRole('group', { name: 'Someone else saved this while you were editing' });
  await expect(conflict).toBeVisible();
  await expect(b.getByLabel('Finding', { exact: true }).first()).toHaveValue('first finding, reworded');
  for (const viewport of VIEWPORTS) {
    await b.setViewportSize(viewport);
    await conflict.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(b);
    await screenshot(b, `console-findings-conflict-${viewport.width}`);
  }
  await conflict.getByRole('button', { name: 'Apply my changes to the new version' }).click();
  await expect(b.getByRole('heading', { level: 3, name: 'first finding, reworded', exact: true })).toBeVisible();

  await firstContext.close();
  await secondContext.close();
});
