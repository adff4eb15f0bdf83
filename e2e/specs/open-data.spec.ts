import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, DASHBOARD, PLAN, VIEWPORTS } from '../fixtures/demo';
import { fileOfZip, readSheet, sheetRow, writeSheet, type Sheet } from '../fixtures/spreadsheet';

/*
 * Open data for people: anyone downloads a published plan's files from its dashboard; an
 * executive downloads the plan's zip from the console, edits milestones.csv as a volunteer would
 * in a spreadsheet, and brings it back in through the import page's preview. The journey adds a
 * milestone to the demo plan, which other specs count: playwright.config.ts runs this spec after
 * all the others (on its own: `npx playwright test specs/open-data.spec.ts --no-deps`).
 */

test('anyone sees the licence of a published plan and downloads its data', async ({ page }) => {
  await page.goto(DASHBOARD);
  const header = page.locator('.page-header');
  await expect(header.getByText('Open data under')).toBeVisible();
  await expect(header.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );

  const section = page.getByRole('region', { name: 'Download the data' });
  const files = [
    { link: 'Spreadsheet files (CSV, .zip)', type: 'application/zip' },
    { link: 'One JSON document', type: 'application/json; charset=utf-8' },
    { link: 'data dictionary', type: 'text/plain; charset=utf-8' },
  ];
  for (const { link, type } of files) {
    const href = await section.getByRole('link', { name: link }).getAttribute('href');
    const response = await page.request.get(href!);
    expect({ link, status: response.status(), type: response.headers()['content-type'] }).toEqual({
      link,
      status: 200,
      type,
    });
  }
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, `open-data-dashboard-${viewport.width}`);
  }
});

test('an executive edits milestones.csv in a spreadsheet, fixes the error the preview shows, and applies it', async ({
  page,
}, testInfo) => {
  test.slow();
  await signIn(page, 'executive');
  await page.goto(`/console/plans/${PLAN}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download this plan as spreadsheet files (.zip of CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${PLAN}.zip`);
  const sheet = readSheet(await fileOfZip(await readFile(await download.path()), 'milestones.csv'));

  // The volunteer's edits: three cells of C9's milestones, and a new milestone typed with the date as
  // people write it.
  const column = (name: string) => sheet.header.indexOf(name);
  const rowOf = (reference: string) =>
    sheet.rows.findIndex(
      (row) => row[column('commitment_reference')] === 'C9' && row[column('reference')] === reference,
    );
  const m1 = rowOf('M1');
  const m2 = rowOf('M2');
  sheet.rows[m1][column('title')] = 'Survey of Muslim members repeated in 2027';
  sheet.rows[m1][column('description')] = 'The 2020 survey’s questions, asked again of every member.';
  sheet.rows[m2][column('due_date')] = '2027-09-30';
  const added = sheet.header.map(() => '');
  added[column('commitment_reference')] = 'C9';
  added[column('reference')] = 'M3';
  added[column('position')] = '3';
  added[column('title')] = 'Results published with the party’s response';
  added[column('due_date')] = '31/12/2027';
  sheet.rows.push(added);
  const addedRow = sheetRow(sheet.rows.length - 1);

  const file = testInfo.outputPath('milestones.csv');
  const check = async (edited: Sheet) => {
    await writeFile(file, writeSheet(edited));
    // Chosen through the browser's file picker, as a person does, the same file saved again the second time.
    const picking = page.waitForEvent('filechooser');
    await page.getByLabel('File to import').click();
    await (await picking).setFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'What milestones.csv would change' })).toBeFocused();
  };

  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' })).toBeVisible();
  await check(sheet);
  const preview = page.getByRole('region', { name: 'What milestones.csv would change' });
  await expect(preview.getByRole('alert')).toContainText('1 row has errors');
  const errors = preview.locator('.import-group--error');
  await expect(errors.locator('.import-row__name')).toHaveText(`Row ${addedRow} · C9 M3`);
  await expect(errors.locator('.import-problem__where')).toHaveText(
    `milestones.csv, row ${addedRow}, column due_date:`,
  );
  await expect(preview.getByRole('button', { name: 'Apply' })).toHaveAttribute('aria-disabled', 'true');
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expectNoAxeViolations(page);
    await screenshot(page, `open-data-import-errors-${viewport.width}`);
  }

  sheet.rows[sheet.rows.length - 1][column('due_date')] = '2027-12-31';
  await check(sheet);
  await expect(preview.locator('.import-preview__summary')).toHaveText(
    `2 rows to update, 1 new row, ${sheet.rows.length - 3} unchanged rows.`,
  );
  await expect(preview.getByRole('alert')).toHaveCount(0);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expectNoAxeViolations(page);
    await screenshot(page, `open-data-import-preview-${viewport.width}`);
  }

  await preview.getByRole('button', { name: 'Apply' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Imported milestones.csv' });
  await expect(done).toContainText('2 rows updated and 1 row added');

  await page.goto(commitmentPath('C9'));
  const milestones = page.getByRole('region', { name: 'Milestones' });
  // In the order of their due dates; M1 has none, so it comes last.
  await expect(milestones.getByRole('heading', { level: 3 })).toHaveText([
    'Results discussed with the network',
    'Results published with the party’s response',
    'Survey of Muslim members repeated in 2027',
  ]);
  const history = page.getByRole('region', { name: 'History' });
  const edit = history
    .locator('li')
    .filter({ hasText: 'Edit to milestone “Survey of Muslim members repeated in 2027”' });
  await expect(edit.filter({ hasText: 'Title changed' })).toBeVisible();
  await expect(edit.filter({ hasText: 'Description added' })).toBeVisible();
  await expect(history.getByText('Edit to milestone “Results discussed with the network”')).toBeVisible();
});
