import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn, tracker, trackerError } from '../fixtures/accounts';
import { PROFILE_ORG, VIEWPORTS } from '../fixtures/demo';
import { graphqlData } from '../fixtures/graphql';

const NAME = 'Tenants’ Network';

/** An organisation of the run's own, made as an operator would: its profile is edited here, none of the demo's. */
test.beforeAll(() => {
  try {
    tracker(['org:create', '--slug', PROFILE_ORG, '--name', NAME, '--description', 'Tenants of the estate.']);
  } catch (error) {
    if (!/already used/.test(trackerError(error))) throw error;
  }
});

test('the console’s organisation profile, on a phone and a desktop screen', async ({ page }) => {
  await signIn(page, 'profileExecutive');
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto('/console');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Organisation' }).click();
    await expect(page).toHaveURL(/\/console\/organisation$/);
    await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
    const form = page.getByRole('form', { name: 'Edit the organisation’s profile' });
    await expect(form.getByLabel('Description (optional)')).toHaveValue('Tenants of the estate.');
    await expect(page.getByRole('region', { name: 'History of the profile' })).toContainText('No edits of the profile');
    await expectNoAxeViolations(page);
    await screenshot(page, `console-organisation-${viewport.width}`);
  }
});

test('an executive edits the profile, keeps their text through a conflict, and the home page shows it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'profileExecutive');
  await page.goto('/console/organisation');
  const form = page.getByRole('form', { name: 'Edit the organisation’s profile' });
  await form.getByLabel('Website (optional)').fill('https://example.org/tenants');
  await form.getByLabel('Description (optional)').fill('Tenants keeping the council to its word.');

  // Meanwhile another executive of the organisation renames it.
  const { organisation } = await graphqlData<{ organisation: { id: string; version: number } }>(
    page.request,
    'query ($slug: String!) { organisation(slug: $slug) { id version } }',
    { slug: PROFILE_ORG },
  );
  await graphqlData(
    page.request,
    'mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { version } }',
    { input: { id: organisation.id, version: organisation.version, name: 'Tenants’ Network of the Estate' } },
  );

  await form.getByRole('button', { name: 'Save changes' }).click();
  const conflict = form.getByRole('group', { name: 'Someone else saved this while you were editing' });
  await expect(conflict).toBeVisible();
  await expect(form.getByLabel('Description (optional)')).toHaveValue('Tenants keeping the council to its word.');
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await conflict.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await screenshot(page, `console-organisation-conflict-${viewport.width}`);
  }

  await conflict.getByRole('button', { name: 'Apply my changes to the new version' }).click();
  await expect(form.getByText('Saved. The change is in the history.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants’ Network of the Estate' })).toBeVisible();
  const history = page.getByRole('region', { name: 'History of the profile' });
  await expect(history.getByText('Name changed')).toBeVisible();
  await expect(history.getByText('Description changed')).toBeVisible();
  await expect(history.getByText('Website added')).toBeVisible();

  await page.getByRole('link', { name: 'See it on the home page' }).click();
  const section = page.getByRole('region', { name: 'Tenants’ Network of the Estate' });
  await expect(section.getByText('Tenants keeping the council to its word.')).toBeVisible();
  await expect(section.getByRole('link', { name: /Tenants’ Network of the Estate website/ })).toHaveAttribute(
    'href',
    'https://example.org/tenants',
  );
});
