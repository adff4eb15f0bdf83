import { expect, newContextOnTestClock, test } from '../fixtures/clock';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { REPORT, VIEWPORTS } from '../fixtures/demo';
import { graphqlData } from '../fixtures/graphql';

/**
 * A plan of the run's own, answering the demo report, so that what this journey adds changes
 * none of the demo plan's figures the other specs check.
 */
async function createOwnPlan(page: Page): Promise<string> {
  const { report } = await graphqlData<{ report: { id: string } }>(
    page.request,
    'query ($slug: String!) { report(slug: $slug) { id } }',
    {
      slug: REPORT,
    },
  );
  const slug = `e2e-conflict-${Date.now().toString(36)}`;
  await graphqlData(page.request, 'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { slug } }', {
    input: { slug, title: 'Conflict journey plan', counterpart: 'Labour Party', reportIds: [report.id] },
  });
  return slug;
}

/** The commitment's one milestone: its title changes during the journey, so it is not found by it. */
const milestoneItem = (page: Page) =>
  page
    .getByRole('region', { name: 'Milestones' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });

async function openMilestoneForm(page: Page) {
  await milestoneItem(page).getByText('Edit details').click();
  const form = milestoneItem(page).getByRole('form', { name: /^Edit the milestone/ });
  await expect(form.getByLabel('Title')).toBeVisible();
  return form;
}

test('two executives edit the same milestone: the second keeps their text through the conflict and applies it', async ({
  browser,
}) => {
  // Two sign-ins, a commitment and a milestone added by hand, axe twice: a long journey.
  test.setTimeout(120_000);
  const first = await newContextOnTestClock(browser, { viewport: VIEWPORTS[1] });
  const second = await newContextOnTestClock(browser, { viewport: VIEWPORTS[1] });
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, 'executive');
  await signIn(b, 'executive');

  // The first executive adds a commitment and a milestone through the console's forms.
  const planSlug = await createOwnPlan(a);
  await a.goto(`/console/plans/${planSlug}`);
  const addCommitment = a.getByRole('form', { name: 'Add a commitment' });
  await addCommitment.getByLabel('Reference').fill('K1');
  await addCommitment.getByLabel('Title').fill('Publish how complaints are handled');
  await addCommitment.getByRole('button', { name: 'Add the commitment' }).click();
  await addCommitment.getByRole('link', { name: /^Open K1/ }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'K1 Publish how complaints are handled' })).toBeVisible();
  const addMilestone = a.getByRole('form', { name: 'Add a milestone' });
  await addMilestone.getByLabel('Title').fill('Draft the process');
  await addMilestone.getByRole('button', { name: 'Add the milestone' }).click();
  await expect(a.getByRole('heading', { level: 3, name: 'Draft the process', exact: true })).toBeVisible();

  // Both open the milestone's form on the same version.
  await b.goto(a.url());
  const formA = await openMilestoneForm(a);
  const formB = await openMilestoneForm(b);

  await formA.getByLabel('Title').fill('Draft the complaints process');
  await formA.getByRole('button', { name: 'Save changes' }).click();
  await expect(formA.getByText('Saved. The change is in the history.')).toBeVisible();

  await formB.getByLabel('Title').fill('Draft and publish the complaints process');
  await formB.getByRole('button', { name: 'Save changes' }).click();

  const conflict = formB.getByRole('group', { name: 'Someone else saved this while you were editing' });
  await expect(conflict).toBeVisible();
  const title = conflict.getByRole('listitem').filter({ hasText: 'Title' });
  await expect(title.getByRole('definition').first()).toHaveText('Draft the complaints process');
  await expect(title.getByRole('definition').last()).toHaveText('Draft and publish the complaints process');
  await expect(formB.getByLabel('Title')).toHaveValue('Draft and publish the complaints process');

  for (const viewport of VIEWPORTS) {
    await b.setViewportSize(viewport);
    await conflict.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(b);
    await screenshot(b, `console-conflict-${viewport.width}`);
  }

  await conflict.getByRole('button', { name: 'Apply my changes to the new version' }).click();
  await expect(
    b.getByRole('heading', { level: 3, name: 'Draft and publish the complaints process', exact: true }),
  ).toBeVisible();
  await expect(b.getByText('Saved. The change is in the history.')).toBeVisible();
  await expect(conflict).toBeHidden();

  // What is saved is the second executive's title, and the history keeps both edits.
  await a.reload();
  await expect(
    a.getByRole('heading', { level: 3, name: 'Draft and publish the complaints process', exact: true }),
  ).toBeVisible();
  await expect(a.getByRole('region', { name: 'History' }).getByText('Title changed')).toHaveCount(2);

  await first.close();
  await second.close();
});
