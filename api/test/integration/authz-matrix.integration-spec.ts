import { AccountsService } from '../../src/accounts/accounts.service';
import { createAccount, signIn, signInDemo, TEST_PASSWORD } from './support/accounts';
import { demoIds } from './support/demo';
import { GraphQLResponse, startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

type Actor = 'anonymous' | 'liaison' | 'liaison of another plan' | 'executive' | 'executive of another organisation';
const ACTORS: Actor[] = [
  'anonymous',
  'liaison',
  'liaison of another plan',
  'executive',
  'executive of another organisation',
];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';
/** Expected outcome per actor, in the order of ACTORS. */
type Row = [Outcome, Outcome, Outcome, Outcome, Outcome];

const OWN_ORGANISATION_ONLY: Row = ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN'];
const ANY_EXECUTIVE_FOR_THEIR_OWN: Row = ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'];

/**
 * Every mutation × every kind of caller against the expected outcome: UNAUTHENTICATED when signed
 * out, FORBIDDEN for the wrong role or the wrong organisation or plan, and success otherwise.
 * Each case sends a valid input, so "ok" proves the operation really ran.
 */
describe('the authorization matrix', () => {
  let t: TestApp;
  let cookies: Record<Actor, string | undefined>;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let lmnReport: { id: string; recommendations: { id: string; reference: string }[] };
  let n = 0;
  const unique = () => ++n;

  beforeAll(async () => {
    // The matrix makes more writes in a few seconds than the write limits allow one account.
    t = await startTestApp({ env: UNLIMITED_WRITES });
    await createAccount(t, 'exec.other@example.org', { executiveOf: 'bame-labour' });
    await createAccount(t, 'liaison.other@example.org', { liaisonOf: 'race-equality-action-plan' });
    cookies = {
      anonymous: undefined,
      liaison: await signInDemo(t, 'liaison@example.org'),
      'liaison of another plan': await signIn(t, 'liaison.other@example.org'),
      executive: await signInDemo(t, 'executive@example.org'),
      'executive of another organisation': await signIn(t, 'exec.other@example.org'),
    };
    ids = await demoIds(t);
    const report = await t.gql<{ report: typeof lmnReport }>(
      '{ report(slug: "islamophobia-and-the-muslim-experience") { id recommendations { id reference } } }',
    );
    lmnReport = report.data!.report;
  });
  afterAll(() => t.close());

  const version = async (query: string, pick: (data: never) => number): Promise<number> =>
    pick((await t.gql(query)).data as never);
  const commitmentVersion = (reference: string) =>
    version(
      `{ plan(slug: "islamophobia-action-plan") { commitment(reference: "${reference}") { version } } }`,
      (d: { plan: { commitment: { version: number } } }) => d.plan.commitment.version,
    );
  /** A fresh pending invitation of the demo organisation, made by its executive. */
  const lmnInvitation = async (): Promise<string> => {
    const made = await t.gql<{ inviteUser: { id: string } }>(
      'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
      { input: { email: `pending${unique()}@example.org`, role: 'EXECUTIVE' } },
      cookies.executive,
    );
    return made.data!.inviteUser.id;
  };
  const lmnFindings = async () =>
    (
      await t.gql<{ report: { findings: { id: string; version: number }[] } }>(
        '{ report(slug: "islamophobia-and-the-muslim-experience") { findings { id version } } }',
      )
    ).data!.report.findings;
  const mutate = (cookie: string | undefined, name: string, type: string, input: Record<string, unknown>) =>
    t.gql(`mutation ($input: ${type}!) { ${name}(input: $input) { __typename } }`, { input }, cookie);

  /** A new draft plan of the executive's organisation. */
  const newDraftPlan = async (): Promise<string> => {
    const { data } = await t.gql<{ createPlan: { id: string } }>(
      'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      { input: { slug: `matrix-draft-${unique()}`, title: 'A draft', counterpart: 'Labour Party' } },
      cookies.executive,
    );
    return data!.createPlan.id;
  };

  /** An upcoming roundtable of the demo plan that takes registrations, made once. */
  let open: Promise<string> | undefined;
  const openRoundtable = (): Promise<string> =>
    (open ??= t
      .gql<{ createRoundtable: { id: string } }>(
        'mutation ($input: CreateRoundtableInput!) { createRoundtable(input: $input) { id } }',
        {
          input: {
            planId: ids.planId,
            title: 'Open roundtable',
            audience: 'OPEN',
            location: 'A hall',
            startsAt: '2031-03-01T18:00:00.000Z',
            endsAt: '2031-03-01T20:00:00.000Z',
            registrationOpen: true,
          },
        },
        cookies.executive,
      )
      .then(({ data }) => data!.createRoundtable.id));

  /** A new roundtable on the demo plan, made by its executive: upcoming, or held with one ask. */
  const lmnRoundtable = async (): Promise<{ id: string; version: number }> => {
    const { data } = await t.gql<{ createRoundtable: { id: string; version: number } }>(
      'mutation ($input: CreateRoundtableInput!) { createRoundtable(input: $input) { id version } }',
      {
        input: {
          planId: ids.planId,
          title: `Roundtable ${unique()}`,
          audience: 'MEMBERS',
          location: 'A hall',
          startsAt: '2025-03-01T18:00:00.000Z',
          endsAt: '2025-03-01T20:00:00.000Z',
        },
      },
      cookies.executive,
    );
    return data!.createRoundtable;
  };
  const lmnAsk = async (): Promise<{ id: string; version: number; roundtableId: string }> => {
    const roundtable = await lmnRoundtable();
    await t.gql(
      'mutation ($input: UpdateRoundtableInput!) { updateRoundtable(input: $input) { id } }',
      { input: { id: roundtable.id, version: roundtable.version, status: 'HELD', attendance: 10 } },
      cookies.executive,
    );
    const { data } = await t.gql<{ createAsk: { id: string; version: number } }>(
      'mutation ($input: CreateAskInput!) { createAsk(input: $input) { id version } }',
      { input: { roundtableId: roundtable.id, statement: 'An ask' } },
      cookies.executive,
    );
    return { ...data!.createAsk, roundtableId: roundtable.id };
  };

  const CASES: [string, Row, (cookie: string | undefined) => Promise<GraphQLResponse>][] = [
    [
      'createReport',
      ANY_EXECUTIVE_FOR_THEIR_OWN,
      (c) => mutate(c, 'createReport', 'CreateReportInput', { slug: `matrix-report-${unique()}`, title: 'A report' }),
    ],
    [
      'updateReport',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const v = await version(
          '{ report(slug: "islamophobia-and-the-muslim-experience") { version } }',
          (d: { report: { version: number } }) => d.report.version,
        );
        return mutate(c, 'updateReport', 'UpdateReportInput', {
          id: lmnReport.id,
          version: v,
          summary: `Summary ${unique()}`,
        });
      },
    ],
    [
      'updateOrganisation',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const { data } = await t.gql<{ organisation: { id: string; version: number } }>(
          '{ organisation(slug: "labour-muslim-network") { id version } }',
        );
        return mutate(c, 'updateOrganisation', 'UpdateOrganisationInput', {
          id: data!.organisation.id,
          version: data!.organisation.version,
          description: `Description ${unique()}`,
        });
      },
    ],
    [
      'updateEmbedOrigins',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const { data } = await t.gql<{ organisation: { id: string; version: number } }>(
          '{ organisation(slug: "labour-muslim-network") { id version } }',
        );
        return mutate(c, 'updateEmbedOrigins', 'UpdateEmbedOriginsInput', {
          id: data!.organisation.id,
          version: data!.organisation.version,
          origins: [],
        });
      },
    ],
    [
      'createRecommendation',
      OWN_ORGANISATION_ONLY,
      (c) =>
        mutate(c, 'createRecommendation', 'CreateRecommendationInput', {
          reportId: lmnReport.id,
          reference: `R${100 + unique()}`,
          title: 'New',
        }),
    ],
    [
      'updateRecommendation',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const { data } = await t.gql<{ report: { recommendations: { id: string; version: number }[] } }>(
          '{ report(slug: "islamophobia-and-the-muslim-experience") { recommendations { id version } } }',
        );
        const r1 = data!.report.recommendations[0];
        return mutate(c, 'updateRecommendation', 'UpdateRecommendationInput', {
          id: r1.id,
          version: r1.version,
          body: `Body ${unique()}`,
        });
      },
    ],
    [
      'createFinding',
      OWN_ORGANISATION_ONLY,
      (c) =>
        mutate(c, 'createFinding', 'CreateFindingInput', {
          reportId: lmnReport.id,
          label: `Finding ${unique()}`,
          value: 50,
          unit: '%',
          position: 1,
        }),
    ],
    [
      'updateFinding',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const [first] = await lmnFindings();
        return mutate(c, 'updateFinding', 'UpdateFindingInput', {
          id: first.id,
          version: first.version,
          label: `Finding ${unique()}`,
        });
      },
    ],
    [
      'reorderFindings',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const findings = await lmnFindings();
        return mutate(c, 'reorderFindings', 'ReorderFindingsInput', {
          reportId: lmnReport.id,
          findings: [...findings].reverse().map(({ id, version }) => ({ id, version })),
        });
      },
    ],
    [
      'deleteFinding',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const last = (await lmnFindings()).at(-1)!;
        return mutate(c, 'deleteFinding', 'DeleteFindingInput', { id: last.id, version: last.version });
      },
    ],
    [
      'createPlan',
      ANY_EXECUTIVE_FOR_THEIR_OWN,
      (c) =>
        mutate(c, 'createPlan', 'CreatePlanInput', {
          slug: `matrix-plan-${unique()}`,
          title: 'A plan',
          counterpart: 'Labour Party',
        }),
    ],
    [
      'updatePlan',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const v = await version(
          '{ plan(slug: "islamophobia-action-plan") { version } }',
          (d: { plan: { version: number } }) => d.plan.version,
        );
        return mutate(c, 'updatePlan', 'UpdatePlanInput', {
          id: ids.planId,
          version: v,
          description: `Description ${unique()}`,
        });
      },
    ],
    [
      'publishPlan',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const id = await newDraftPlan();
        return mutate(c, 'publishPlan', 'PublishPlanInput', { id, version: 1 });
      },
    ],
    [
      'unpublishPlan',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const id = await newDraftPlan();
        await mutate(cookies.executive, 'publishPlan', 'PublishPlanInput', { id, version: 1 });
        return mutate(c, 'unpublishPlan', 'UnpublishPlanInput', { id, version: 2, reason: 'A correction' });
      },
    ],
    [
      'createCommitment',
      OWN_ORGANISATION_ONLY,
      (c) =>
        mutate(c, 'createCommitment', 'CreateCommitmentInput', {
          planId: ids.planId,
          reference: `C${100 + unique()}`,
          title: 'New commitment',
        }),
    ],
    [
      'updateCommitment',
      OWN_ORGANISATION_ONLY,
      async (c) =>
        mutate(c, 'updateCommitment', 'UpdateCommitmentInput', {
          id: ids.commitment('C6'),
          version: await commitmentVersion('C6'),
          description: `Text ${unique()}`,
        }),
    ],
    [
      'linkRecommendation',
      OWN_ORGANISATION_ONLY,
      (c) => {
        const r9 = lmnReport.recommendations.find((r) => r.reference === 'R9')!;
        return mutate(c, 'linkRecommendation', 'LinkRecommendationInput', {
          commitmentId: ids.commitment('C6'),
          recommendationId: r9.id,
          unlink: unique() % 2 === 0,
        });
      },
    ],
    [
      'createMilestone',
      OWN_ORGANISATION_ONLY,
      (c) =>
        mutate(c, 'createMilestone', 'CreateMilestoneInput', {
          commitmentId: ids.commitment('C6'),
          title: `Step ${unique()}`,
        }),
    ],
    [
      'updateMilestone',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const { data } = await t.gql<{ plan: { commitment: { milestones: { id: string; version: number }[] } } }>(
          '{ plan(slug: "islamophobia-action-plan") { commitment(reference: "C6") { milestones { id version } } } }',
        );
        const m = data!.plan.commitment.milestones[0];
        return mutate(c, 'updateMilestone', 'UpdateMilestoneInput', {
          id: m.id,
          version: m.version,
          title: `Baseline ${unique()}`,
        });
      },
    ],
    [
      'postStatusUpdate (assessment)',
      OWN_ORGANISATION_ONLY,
      (c) =>
        mutate(c, 'postStatusUpdate', 'PostStatusUpdateInput', {
          subjectType: 'COMMITMENT',
          subjectId: ids.commitment('C6'),
          lens: 'ASSESSMENT',
          status: 'LIMITED',
        }),
    ],
    [
      'postStatusUpdate (party-reported)',
      ['UNAUTHENTICATED', 'ok', 'FORBIDDEN', 'ok', 'FORBIDDEN'],
      (c) =>
        mutate(c, 'postStatusUpdate', 'PostStatusUpdateInput', {
          subjectType: 'COMMITMENT',
          subjectId: ids.commitment('C6'),
          lens: 'PARTY_REPORTED',
          status: 'LIMITED',
        }),
    ],
    [
      'addComment (comment)',
      ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'],
      (c) =>
        mutate(c, 'addComment', 'AddCommentInput', { commitmentId: ids.commitment('C6'), body: `Comment ${unique()}` }),
    ],
    [
      'addComment (response)',
      ['UNAUTHENTICATED', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
      (c) =>
        mutate(c, 'addComment', 'AddCommentInput', {
          commitmentId: ids.commitment('C5'),
          body: 'We agree.',
          kind: 'RESPONSE',
          stance: 'AGREE',
        }),
    ],
    [
      'hideComment',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const added = await t.gql<{ addComment: { id: string } }>(
          'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
          { input: { commitmentId: ids.commitment('C6'), body: 'To hide' } },
          cookies.executive,
        );
        return mutate(c, 'hideComment', 'HideCommentInput', { id: added.data!.addComment.id, reason: 'Off topic' });
      },
    ],
    [
      'inviteUser (executive)',
      ANY_EXECUTIVE_FOR_THEIR_OWN,
      (c) => mutate(c, 'inviteUser', 'InviteUserInput', { email: `invited${unique()}@example.org`, role: 'EXECUTIVE' }),
    ],
    [
      'inviteUser (liaison)',
      OWN_ORGANISATION_ONLY,
      (c) =>
        mutate(c, 'inviteUser', 'InviteUserInput', {
          email: `invited${unique()}@example.org`,
          role: 'LIAISON',
          planId: ids.planId,
        }),
    ],
    [
      'disableUser',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const target = await createAccount(t, `disable${unique()}@example.org`, {
          liaisonOf: 'islamophobia-action-plan',
        });
        return mutate(c, 'disableUser', 'DisableUserInput', { id: target.id });
      },
    ],
    [
      'enableUser',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const target = await createAccount(t, `enable${unique()}@example.org`, {
          liaisonOf: 'islamophobia-action-plan',
        });
        await t.app.get(AccountsService).disable(target.id, null);
        return mutate(c, 'enableUser', 'EnableUserInput', { id: target.id });
      },
    ],
    [
      'revokeInvitation',
      OWN_ORGANISATION_ONLY,
      async (c) => mutate(c, 'revokeInvitation', 'InvitationIdInput', { id: await lmnInvitation() }),
    ],
    [
      'resendInvitation',
      OWN_ORGANISATION_ONLY,
      async (c) => mutate(c, 'resendInvitation', 'InvitationIdInput', { id: await lmnInvitation() }),
    ],
    [
      'changePassword',
      ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'],
      async (c) => {
        const change = (currentPassword: string, newPassword: string) =>
          mutate(c, 'changePassword', 'ChangePasswordInput', { currentPassword, newPassword });
        const result = await change(TEST_PASSWORD, 'a brand new passphrase');
        // Back to the password the other cases sign in with; the caller's own session is kept.
        if (!result.errors) expect((await change('a brand new passphrase', TEST_PASSWORD)).errors).toBeUndefined();
        return result;
      },
    ],
    [
      'signOutEverywhere',
      ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'],
      async (c) => {
        if (!c) return t.gql('mutation { signOutEverywhere }');
        const actor = ACTORS.find((a) => cookies[a] === c)!;
        const me = await t.gql<{ workspace: { email: string } }>('{ workspace { email } }', {}, c);
        const result = await t.gql('mutation { signOutEverywhere }', {}, c);
        // Every session of the account has ended; the cases that follow need a new one.
        cookies[actor] = await signIn(t, me.data!.workspace.email);
        return result;
      },
    ],
    [
      'acceptInvite (public; a bad token)',
      ['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
      (c) =>
        mutate(c, 'acceptInvite', 'AcceptInviteInput', {
          token: 'not-a-token',
          displayName: 'X',
          password: 'a long enough passphrase',
        }),
    ],
    [
      'login (public; a wrong password)',
      ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
      (c) =>
        mutate(c, 'login', 'LoginInput', {
          email: 'executive@example.org',
          password: `wrong password ${unique() % 4}`,
        }),
    ],
    [
      'registerForRoundtable (public; no account)',
      ['ok', 'ok', 'ok', 'ok', 'ok'],
      async (c) =>
        mutate(c, 'registerForRoundtable', 'RegisterForRoundtableInput', {
          roundtableId: await openRoundtable(),
          name: 'A member',
          email: `member${unique()}@example.org`,
          consent: true,
        }),
    ],
    [
      'registrationByToken (public; a bad token)',
      ['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
      (c) => mutate(c, 'registrationByToken', 'CancelRegistrationInput', { token: 'not-a-token' }),
    ],
    [
      'cancelRegistration (public; a bad token)',
      ['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
      (c) => mutate(c, 'cancelRegistration', 'CancelRegistrationInput', { token: 'not-a-token' }),
    ],
    [
      'createRoundtable',
      OWN_ORGANISATION_ONLY,
      (c) =>
        mutate(c, 'createRoundtable', 'CreateRoundtableInput', {
          planId: ids.planId,
          title: 'A roundtable',
          audience: 'OPEN',
          location: 'A hall',
          startsAt: '2031-03-01T18:00:00.000Z',
          endsAt: '2031-03-01T20:00:00.000Z',
        }),
    ],
    [
      'updateRoundtable',
      OWN_ORGANISATION_ONLY,
      async (c) =>
        mutate(c, 'updateRoundtable', 'UpdateRoundtableInput', { ...(await lmnRoundtable()), title: 'Renamed' }),
    ],
    [
      'cancelRoundtable',
      OWN_ORGANISATION_ONLY,
      async (c) =>
        mutate(c, 'cancelRoundtable', 'CancelRoundtableInput', { ...(await lmnRoundtable()), reason: 'Off' }),
    ],
    [
      'createAsk',
      OWN_ORGANISATION_ONLY,
      async (c) =>
        mutate(c, 'createAsk', 'CreateAskInput', { roundtableId: (await lmnAsk()).roundtableId, statement: 'Another' }),
    ],
    [
      'updateAsk',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const { id, version } = await lmnAsk();
        return mutate(c, 'updateAsk', 'UpdateAskInput', { id, version, theme: 'Complaints' });
      },
    ],
    [
      'deleteAsk',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const { id, version } = await lmnAsk();
        return mutate(c, 'deleteAsk', 'DeleteAskInput', { id, version });
      },
    ],
    [
      'linkAsk',
      OWN_ORGANISATION_ONLY,
      async (c) =>
        mutate(c, 'linkAsk', 'AskLinkInput', { askId: (await lmnAsk()).id, commitmentId: ids.commitment('C1') }),
    ],
    [
      'unlinkAsk',
      OWN_ORGANISATION_ONLY,
      async (c) => {
        const { id } = await lmnAsk();
        const link = { askId: id, commitmentId: ids.commitment('C1') };
        await mutate(cookies.executive, 'linkAsk', 'AskLinkInput', link);
        return mutate(c, 'unlinkAsk', 'AskLinkInput', link);
      },
    ],
  ];

  const outcome = (result: GraphQLResponse): string =>
    result.errors ? String(result.errors[0].extensions?.code) : 'ok';

  it.each(CASES.flatMap(([name, row, run]) => ACTORS.map((actor, i) => [name, actor, row[i], run] as const)))(
    '%s as %s → %s',
    async (_name, actor, expected, run) => {
      expect(outcome(await run(cookies[actor]))).toBe(expected);
    },
  );

  it('covers every mutation of the schema', async () => {
    const { data } = await t.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    const covered = new Set(CASES.map(([name]) => name.split(' ')[0]));
    covered.add('logout');
    expect(data!.__schema.mutationType.fields.map((f) => f.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it('logout is public and ends only the caller’s own session', async () => {
    for (const actor of ACTORS) {
      const cookie = actor === 'anonymous' ? undefined : cookies[actor];
      const result = await t.gql<{ logout: boolean }>('mutation { logout }', {}, cookie);
      expect(result.data!.logout).toBe(actor !== 'anonymous');
    }
  });
});
