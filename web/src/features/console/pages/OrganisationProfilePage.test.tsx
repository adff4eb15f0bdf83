import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrganisationEditor_OrganisationFragment, WorkspaceQuery } from '../../../__generated__/graphql';
import { apiErrorResult, fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';
import { currentUserData, workspaceData } from '../../../test/fixtures/editors';
// Loaded before the tests start, so that the route's lazy import is not timed by the first test.
import './OrganisationProfilePage';

const LAZY = { timeout: 5000 };

const SAVED: OrganisationEditor_OrganisationFragment = {
  __typename: 'Organisation',
  id: 'o1',
  slug: 'lmn',
  name: 'Labour Muslim Network',
  description: 'Muslim members and supporters of the party.',
  website: null,
  licence: { __typename: 'Licence', id: 'CC-BY-4.0' },
  version: 1,
};

const LICENCES = [
  { __typename: 'Licence', id: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International' },
  { __typename: 'Licence', id: 'CC0-1.0', title: 'Creative Commons Zero v1.0 Universal' },
];

const NO_REVISIONS = {
  data: {
    revisions: {
      __typename: 'RevisionConnection',
      totalCount: 0,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [],
    },
  },
};

type Organisation = OrganisationEditor_OrganisationFragment;
type Input = { version: number; website?: string | null; description?: string; licence?: string };
/** What the server does with a save: its answer, or (`saved`) a version someone else saved first, answered with CONFLICT. */
type Save = (
  organisation: Organisation,
  input: Input,
) => { data: { updateOrganisation: Organisation } } | { saved: Organisation };

/** The page for the workspace's executive, over a server that keeps the organisation between requests. */
function renderProfile(save: Save) {
  let organisation = SAVED;
  const fixture = fixtureLink({
    Workspace: () => ({ data: workspaceData }),
    CurrentUser: () => ({ data: currentUserData }),
    OrganisationEditor: () => ({ data: { organisation, licences: LICENCES } }),
    EditorRevisions: () => NO_REVISIONS,
    UpdateOrganisation: (variables) => {
      const answer = save(organisation, variables.input as Input);
      if ('saved' in answer) {
        organisation = answer.saved;
        return apiErrorResult('CONFLICT', { currentVersion: organisation.version });
      }
      organisation = answer.data.updateOrganisation;
      return answer;
    },
  });
  renderApp('/console/organisation', { link: fixture.link });
  return fixture;
}

describe('OrganisationProfilePage', () => {
  it('edits the executive’s own organisation, linked from the console’s navigation, with its history', async () => {
    const fixture = renderProfile((organisation, input) => ({
      data: { updateOrganisation: { ...organisation, website: input.website ?? null, version: input.version + 1 } },
    }));

    await screen.findByRole('heading', { level: 1, name: 'Labour Muslim Network' }, LAZY);
    expect(document.title).toBe('Organisation profile – Console – Action Plan Tracker');
    const nav = screen.getByRole('navigation', { name: 'Console' });
    expect(within(nav).getByRole('link', { name: 'Organisation' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'See it on the home page' }).getAttribute('href')).toBe('/');
    expect(fixture.requests.find((r) => r.operationName === 'OrganisationEditor')?.variables).toEqual({ slug: 'lmn' });

    const form = screen.getByRole('form', { name: 'Edit the organisation’s profile' });
    expect(within(form).getByLabelText<HTMLInputElement>('Name').value).toBe('Labour Muslim Network');
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Description (optional)').value).toBe(
      'Muslim members and supporters of the party.',
    );
    const history = screen.getByRole('region', { name: 'History of the profile' });
    await within(history).findByText('No edits of the profile yet: it reads as first entered.');

    fireEvent.change(within(form).getByLabelText('Website (optional)'), {
      target: { value: 'https://example.org/lmn' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await within(form).findByText('Saved. The change is in the history.', {}, LAZY);
    expect(
      fixture.requests.filter((r) => r.operationName === 'UpdateOrganisation').map((r) => r.variables.input),
    ).toEqual([{ id: 'o1', version: 1, website: 'https://example.org/lmn' }]);
  });

  it('chooses the licence of the open data from the licences the API knows', async () => {
    const fixture = renderProfile((organisation, input) => ({
      data: {
        updateOrganisation: {
          ...organisation,
          licence: { __typename: 'Licence', id: input.licence ?? organisation.licence.id },
          version: input.version + 1,
        },
      },
    }));

    const form = await screen.findByRole('form', { name: 'Edit the organisation’s profile' }, LAZY);
    const picker = within(form).getByLabelText<HTMLSelectElement>('Licence of the open data');
    expect(picker.value).toBe('CC-BY-4.0');
    expect([...picker.options].map((option) => option.text)).toEqual([
      'CC BY 4.0 — Creative Commons Attribution 4.0 International',
      'CC0 1.0 — Creative Commons Zero v1.0 Universal',
    ]);

    fireEvent.change(picker, { target: { value: 'CC0-1.0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await within(form).findByText('Saved. The change is in the history.', {}, LAZY);
    expect(
      fixture.requests.filter((r) => r.operationName === 'UpdateOrganisation').map((r) => r.variables.input),
    ).toEqual([{ id: 'o1', version: 1, licence: 'CC0-1.0' }]);
  });

  it('keeps what was typed through a conflict and saves it onto the version saved meanwhile', async () => {
    let updates = 0;
    const fixture = renderProfile((organisation, input) => {
      updates += 1;
      // Another executive renamed the organisation first.
      if (updates === 1) {
        return { saved: { ...organisation, name: 'Labour Muslim Network (LMN)', version: 2 } };
      }
      const stored = { ...organisation, description: input.description ?? '', version: input.version + 1 };
      return { data: { updateOrganisation: stored } };
    });

    const form = await screen.findByRole('form', { name: 'Edit the organisation’s profile' }, LAZY);
    fireEvent.change(within(form).getByLabelText('Description (optional)'), {
      target: { value: 'Members and supporters, keeping the party to its word.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const panel = await within(form).findByRole(
      'group',
      { name: 'Someone else saved this while you were editing' },
      LAZY,
    );
    await within(panel).findByText('Members and supporters, keeping the party to its word.', {}, LAZY);
    within(panel).getByText(/They also changed “Name”/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Apply my changes to the new version' }));

    await within(form).findByText('Saved. The change is in the history.', {}, LAZY);
    await screen.findByRole('heading', { level: 1, name: 'Labour Muslim Network (LMN)' });
    expect(
      fixture.requests.filter((r) => r.operationName === 'UpdateOrganisation').map((r) => r.variables.input),
    ).toEqual([
      { id: 'o1', version: 1, description: 'Members and supporters, keeping the party to its word.' },
      { id: 'o1', version: 2, description: 'Members and supporters, keeping the party to its word.' },
    ]);
  });

  it('is not offered to a liaison, and tells one who follows a link that it is for executives', async () => {
    const liaison: WorkspaceQuery = {
      workspace: {
        ...workspaceData.workspace,
        email: 'liaison@example.org',
        user: { __typename: 'User', id: 'u2', displayName: 'Party liaison', role: 'LIAISON' },
        organisation: null,
      },
    };
    const fixture = fixtureLink({
      Workspace: () => ({ data: liaison }),
      CurrentUser: () => ({ data: { me: liaison.workspace.user } }),
    });
    renderApp('/console/organisation', { link: fixture.link });

    await screen.findByRole('heading', { name: 'For executives only' }, LAZY);
    expect(screen.queryByRole('link', { name: 'Organisation' })).toBeNull();
    expect(fixture.requests.map((r) => r.operationName)).not.toContain('OrganisationEditor');
  });
});
