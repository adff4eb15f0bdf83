import { addDays, EntryStatus, EvidenceKind, Lens, londonDate, NEEDS_EVIDENCE, ReasonCode } from '@tracker/rules';
import { DataSource } from 'typeorm';
import { Role } from '../../auth/user.entity';
import { currentTime } from '../../common/clock';
import { CommentKind, Stance } from '../../comments/comment.entity';
import { Commitment } from '../../commitments/commitment.entity';
import { Milestone } from '../../milestones/milestone.entity';
import { ActionPlan } from '../../plans/action-plan.entity';
import { RevisionSubject } from '../../revisions/revision.entity';
import { LMN_FINDINGS, LMN_RECOMMENDATIONS } from './demo-content';
import { seedDemoRoundtables } from './demo-roundtables';
import { EntryInput, SeedWriter } from './seed-writer';

export const DEMO_PLAN_SLUG = 'islamophobia-action-plan';

/** Whether the database is empty: it holds no organisation, so nothing else. */
export async function holdsNoOrganisation(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM organisation');
  return Number(count) === 0;
}

/** Seeds the demo when the database holds no organisation; says whether it did. */
export async function seedDemoIfEmpty(dataSource: DataSource, now = currentTime()): Promise<boolean> {
  if (!(await holdsNoOrganisation(dataSource))) return false;
  return seedDemo(dataSource, now, { onlyIfEmpty: true });
}

/**
 * The demo: the Labour Muslim Network with its 2020 report (the seven real findings) and an
 * illustrative action plan whose history runs from 2021 to `now`, plus one small illustrative
 * plan each for BAME Labour and LGBT+ Labour. Dates near today are relative to `now`, so the
 * demo always has overdue and due-soon items.
 */
export async function seedDemo(
  dataSource: DataSource,
  now = currentTime(),
  options: { onlyIfEmpty?: boolean } = {},
): Promise<boolean> {
  const today = londonDate(now);
  const seed = new SeedWriter(now.toISOString());
  const daysFromToday = (days: number): string => addDays(today, days);
  const at = (date: string, time = '10:00'): string => `${date}T${time}:00.000Z`;
  const ago = (days: number): string => at(daysFromToday(-days));

  const lmn = seed.organisation(
    'labour-muslim-network',
    'Labour Muslim Network',
    'A network of Muslim members and supporters of the Labour Party, monitoring the party’s action plan on Islamophobia openly.',
  );
  const executive = seed.user(lmn, 'executive@example.org', 'LMN executive (demo)', Role.EXECUTIVE);
  const liaison = seed.user(null, 'liaison@example.org', 'Party liaison (demo)', Role.LIAISON);

  const report = seed.report(lmn, {
    slug: 'islamophobia-and-the-muslim-experience',
    title: 'Islamophobia and the Muslim Experience',
    summary:
      'Published in November 2020: the largest consultation of Muslim Labour members and supporters to date. ' +
      'The party leader, deputy leader and general secretary accepted its recommendations in full and agreed to develop an action plan.',
    publishedOn: null,
    url: null,
    isIllustrative: false,
  });
  LMN_FINDINGS.forEach(([label, value], i) => seed.finding(report, i + 1, label, value, '%'));
  const recommendations = LMN_RECOMMENDATIONS.map((r, i) => seed.recommendation(report, i + 1, r, true));
  const rec = (reference: string) => recommendations.filter((r) => r.reference === reference);

  const plan = seed.plan(
    lmn,
    {
      slug: DEMO_PLAN_SLUG,
      title: 'Islamophobia Action Plan',
      counterpart: 'Labour Party',
      agreedOn: '2021-03-15',
      description:
        'The plan the party agreed in answer to the report, developed by its Islamophobia Task Force and shaped by member roundtables. ' +
        'The commitments and milestones shown here are illustrative until the network enters the agreed plan.',
      isIllustrative: true,
    },
    [report],
  );
  seed.liaisonFor(liaison, plan);

  const doc = (
    slug: string,
    title: string,
    kind: EvidenceKind = EvidenceKind.OFFICIAL_DOCUMENT,
    publishedOn?: string,
  ) => ({
    url: `https://example.org/demo/${slug}`,
    title,
    kind,
    publishedOn,
  });
  /** Entry writers with their defaults: the executive's assessment, the party's account, a milestone step. */
  const writer =
    (defaults: Partial<EntryInput>) =>
    (commitment: Commitment, status: EntryStatus, when: string, narrative: string, extra: Partial<EntryInput> = {}) =>
      seed.entry({ plan, commitment, status, at: when, narrative, ...defaults, ...extra });
  const assess = writer({ author: executive });
  const partySays = writer({ author: liaison, lens: Lens.PARTY_REPORTED });
  const step = (
    milestone: Milestone,
    status: EntryStatus,
    when: string,
    narrative: string,
    extra: Partial<EntryInput> = {},
  ) => assess(commitmentOf(milestone), status, when, narrative, { milestone, ...extra });
  const commitments: Commitment[] = [];
  const commitmentOf = (milestone: Milestone) => commitments.find((c) => c.id === milestone.commitmentId)!;
  const commit = (fields: Parameters<SeedWriter['commitment']>[2], answers: string[]) => {
    const c = seed.commitment(plan, commitments.length + 1, fields, answers.flatMap(rec));
    commitments.push(c);
    return c;
  };
  const milestones = (c: Commitment, items: [string, string | null][]) =>
    items.map(([title, due], i) => seed.milestone(c, i + 1, title, due));

  // C1: met on time, with evidence.
  const c1 = commit(
    {
      reference: 'C1',
      title: 'Establish an independent process for Islamophobia complaints',
      description:
        'Complaints of Islamophobia are investigated by people independent of the party machinery, with published timescales.',
      owner: 'Governance and Legal Unit',
      successCriteria: 'An independent process is in operation and its timescales are published.',
      dueDate: '2022-06-30',
      theme: 'Complaints',
    },
    ['R1', 'R2'],
  );
  const [m11, m12, m13, m14] = milestones(c1, [
    ['Consult members on the design of the process', '2021-06-30'],
    ['Appoint independent investigators', '2021-12-31'],
    ['Publish the process and its timescales', '2022-03-31'],
    ['First cases handled under the new process', '2022-06-30'],
  ]);
  step(m11, EntryStatus.COMPLETE, at('2021-06-20'), 'Consultation closed with over 400 responses.', {
    evidence: [doc('consultation-summary', 'Consultation summary')],
  });
  step(m12, EntryStatus.COMPLETE, at('2021-12-10'), 'Investigators appointed after an open recruitment.', {
    evidence: [doc('investigators-announcement', 'Announcement of appointments', EvidenceKind.PUBLIC_STATEMENT)],
  });
  step(m13, EntryStatus.COMPLETE, at('2022-03-28'), 'Process published on the party website.', {
    evidence: [doc('complaints-process', 'Complaints process', EvidenceKind.OFFICIAL_DOCUMENT, '2022-03-28')],
  });
  step(m14, EntryStatus.COMPLETE, at('2022-06-15'), 'Annual report shows the first cases closed.', {
    evidence: [doc('complaints-annual-report-2022', 'Complaints annual report 2022')],
  });
  assess(c1, EntryStatus.LIMITED, at('2021-07-01'), 'Consultation done; nothing in operation yet.');
  assess(c1, EntryStatus.SUBSTANTIAL, at('2022-04-02'), 'Process published; first cases not yet seen.', {
    evidence: [doc('complaints-process', 'Complaints process')],
  });
  assess(c1, EntryStatus.COMPLETE, at('2022-06-20'), 'The process is in operation and its timescales are published.', {
    evidence: [doc('complaints-annual-report-2022', 'Complaints annual report 2022')],
  });
  partySays(c1, EntryStatus.COMPLETE, at('2022-06-21'), 'Delivered as agreed.', {
    evidence: [doc('complaints-annual-report-2022', 'Complaints annual report 2022')],
  });

  // C2: completed late.
  const c2 = commit(
    {
      reference: 'C2',
      title: 'Mandatory Islamophobia awareness training for all staff',
      description: 'Every member of staff completes training designed with Muslim members.',
      owner: 'Training and Development team',
      successCriteria: 'Completion rate of at least 95% of staff, published.',
      dueDate: '2022-12-31',
      theme: 'Education',
    },
    ['R3'],
  );
  const [m21, m22, m23] = milestones(c2, [
    ['Course designed with Muslim members', '2022-04-30'],
    ['Pilot with two regional offices', '2022-08-31'],
    ['All staff trained', '2022-12-31'],
  ]);
  step(m21, EntryStatus.COMPLETE, at('2022-05-12'), 'Course content agreed.', {
    evidence: [doc('training-outline', 'Training outline')],
  });
  step(m22, EntryStatus.COMPLETE, at('2022-10-03'), 'Pilot delivered.', {
    evidence: [doc('pilot-feedback', 'Pilot feedback summary', EvidenceKind.MEMBER_REPORT)],
  });
  step(m23, EntryStatus.AT_RISK, at('2022-12-01'), 'Roll-out slower than planned.', {
    reasonCode: ReasonCode.RESOURCES,
  });
  step(m23, EntryStatus.COMPLETE, at('2023-04-18'), '96% of staff trained.', {
    evidence: [doc('training-completion-2023', 'Training completion figures')],
  });
  assess(c2, EntryStatus.LIMITED, at('2022-06-01'), 'Course designed, not yet delivered.');
  assess(
    c2,
    EntryStatus.COMPLETE,
    at('2023-04-20'),
    'Completion rate published at 96%, four months after the deadline.',
    { evidence: [doc('training-completion-2023', 'Training completion figures')] },
  );
  partySays(c2, EntryStatus.COMPLETE, at('2023-04-19'), 'Training complete.', {
    evidence: [doc('training-completion-2023', 'Training completion figures')],
  });

  // C3: the party says substantial, the network says limited — a disagreement, and overdue.
  const c3 = commit(
    {
      reference: 'C3',
      title: 'Adopt a definition of Islamophobia for use in disciplinary cases',
      description: 'A definition is adopted by the National Executive Committee and applied in the code of conduct.',
      owner: 'National Executive Committee',
      successCriteria: 'The definition appears in the published code of conduct and guidance for panels.',
      dueDate: '2021-12-31',
      theme: 'Complaints',
    },
    ['R1'],
  );
  const [m31, m32] = milestones(c3, [
    ['Definition adopted by the National Executive Committee', '2021-09-30'],
    ['Code of conduct and panel guidance updated', '2021-12-31'],
    ['Panel members trained to apply the definition', '2022-03-31'],
    ['First panel decisions citing the definition published', '2022-06-30'],
  ]);
  step(m31, EntryStatus.COMPLETE, at('2021-09-28'), 'Adopted at the September meeting.', {
    evidence: [doc('nec-minutes-2021-09', 'Meeting summary', EvidenceKind.PUBLIC_STATEMENT)],
  });
  step(m32, EntryStatus.IN_PROGRESS, ago(400), 'Draft guidance circulated; not yet published.');
  assess(
    c3,
    EntryStatus.LIMITED,
    ago(380),
    'Adopted, but the code of conduct and panel guidance do not yet use it. No public evidence that panels apply it.',
  );
  partySays(c3, EntryStatus.SUBSTANTIAL, ago(300), 'Panels have been briefed on the definition.', {
    evidence: [doc('panel-briefing', 'Panel briefing note', EvidenceKind.PUBLIC_STATEMENT)],
  });

  // C4: overdue, with a missed milestone and its reason.
  const c4 = commit(
    {
      reference: 'C4',
      title: 'Publish Islamophobia complaints data every quarter',
      description: 'Numbers received, open, closed and outcomes, by quarter.',
      owner: 'Governance and Legal Unit',
      successCriteria: 'Four consecutive quarterly reports published on time.',
      dueDate: daysFromToday(-60),
      theme: 'Transparency',
    },
    ['R6'],
  );
  const [m41, m42, m43, m44] = milestones(c4, [
    ['Agree what the data will show', '2022-03-31'],
    ['First quarterly report', daysFromToday(-420)],
    ['Second quarterly report', daysFromToday(-330)],
    ['Fourth quarterly report', daysFromToday(-60)],
  ]);
  step(m41, EntryStatus.COMPLETE, at('2022-03-25'), 'Categories agreed.', {
    evidence: [doc('data-categories', 'Data categories')],
  });
  step(m42, EntryStatus.COMPLETE, ago(415), 'First report published.', {
    evidence: [doc('complaints-data-q1', 'Complaints data, first quarter')],
  });
  step(m43, EntryStatus.MISSED, ago(320), 'Second report not published.', { reasonCode: ReasonCode.RESOURCES });
  step(m44, EntryStatus.AT_RISK, ago(90), 'No sign of the fourth report.', { reasonCode: ReasonCode.NO_PRIORITY });
  assess(c4, EntryStatus.LIMITED, ago(300), 'One report published; the series has stalled.');
  seed.revision(
    { type: RevisionSubject.COMMITMENT, id: c4.id, commitmentId: c4.id },
    'dueDate',
    daysFromToday(-240),
    c4.dueDate,
    2,
    executive,
    ago(250),
  );
  c4.version = 2;

  // C5: due soon, substantial.
  const c5 = commit(
    {
      reference: 'C5',
      title: 'Training on Islamophobia for candidates and councillors',
      description: 'Part of candidate induction and of councillor development.',
      owner: 'Selections and Candidates team',
      successCriteria: 'Training is a condition of selection and is offered to every sitting councillor.',
      dueDate: daysFromToday(14),
      theme: 'Education',
    },
    ['R3', 'R4'],
  );
  const [m51, m52, m53] = milestones(c5, [
    ['Module added to candidate induction', daysFromToday(-200)],
    ['Offered to sitting councillors', daysFromToday(-30)],
    ['Made a condition of selection', daysFromToday(14)],
  ]);
  step(m51, EntryStatus.COMPLETE, ago(210), 'Module live.', {
    evidence: [doc('candidate-induction', 'Candidate induction programme')],
  });
  step(m52, EntryStatus.COMPLETE, ago(35), 'Offered in every region.', {
    evidence: [doc('councillor-programme', 'Councillor development programme')],
  });
  step(m53, EntryStatus.IN_PROGRESS, ago(20), 'Rule change drafted for the next National Executive Committee meeting.');
  assess(c5, EntryStatus.SUBSTANTIAL, ago(30), 'Two of three steps done; the selection rule is still a draft.', {
    evidence: [doc('councillor-programme', 'Councillor development programme')],
  });
  partySays(c5, EntryStatus.SUBSTANTIAL, ago(28), 'On course.', {
    evidence: [doc('councillor-programme', 'Councillor development programme')],
  });

  // C6: representation, not started, on track.
  const c6 = commit(
    {
      reference: 'C6',
      title: 'Measures to improve Muslim representation in party structures',
      description:
        'Targets for representation on national committees and in the shadow frontbench’s advisory structures.',
      owner: 'General Secretary’s office',
      successCriteria: 'Targets set, published and reported on annually.',
      dueDate: daysFromToday(200),
      theme: 'Representation',
    },
    ['R5'],
  );
  milestones(c6, [
    ['Baseline of current representation', daysFromToday(60)],
    ['Targets agreed', daysFromToday(120)],
    ['First annual report', daysFromToday(200)],
  ]);
  assess(c6, EntryStatus.NOT_STARTED, ago(150), 'No public sign of work on the baseline.');

  // C7: done early in the plan.
  const c7 = commit(
    {
      reference: 'C7',
      title: 'Roundtables with members to shape the plan',
      description: 'Open roundtables for members, councillors, MPs and affiliates.',
      owner: 'Islamophobia Task Force',
      successCriteria: 'Roundtables held in every nation and region, with a published summary of what was said.',
      dueDate: '2021-06-30',
      theme: 'Accountability',
    },
    ['R8'],
  );
  const [m71, m72, m73] = milestones(c7, [
    ['Roundtables announced', '2021-03-31'],
    ['Roundtables held in every nation and region', '2021-05-31'],
    ['“You said, we did” summary published', '2021-06-30'],
  ]);
  step(m71, EntryStatus.COMPLETE, at('2021-03-20'), 'Dates published.', {
    evidence: [doc('roundtables', 'Roundtable dates', EvidenceKind.PUBLIC_STATEMENT)],
  });
  step(m72, EntryStatus.COMPLETE, at('2021-05-28'), 'Twelve roundtables held.', {
    evidence: [doc('roundtable-reports', 'Roundtable notes', EvidenceKind.MEMBER_REPORT)],
  });
  step(m73, EntryStatus.COMPLETE, at('2021-06-25'), 'Summary published.', {
    evidence: [doc('you-said-we-did', 'You said, we did')],
  });
  assess(c7, EntryStatus.COMPLETE, at('2021-06-28'), 'All roundtables held and the summary published.', {
    evidence: [doc('you-said-we-did', 'You said, we did')],
  });

  // C8: due soon and not yet assessed; the party has reported.
  const c8 = commit(
    {
      reference: 'C8',
      title: 'Annual public report from the Islamophobia Task Force',
      description: 'A yearly report to members on the plan’s progress.',
      owner: 'Islamophobia Task Force',
      successCriteria: 'A report is published each year and debated at conference.',
      dueDate: daysFromToday(25),
      theme: 'Accountability',
    },
    ['R7', 'R8'],
  );
  const [m81] = milestones(c8, [
    ['Draft shared with affiliated networks', daysFromToday(-10)],
    ['Report published', daysFromToday(25)],
    ['Report debated at conference', daysFromToday(90)],
  ]);
  step(m81, EntryStatus.IN_PROGRESS, ago(12), 'Draft promised but not yet received.');
  partySays(c8, EntryStatus.LIMITED, ago(15), 'Drafting under way.');

  // C9: unverifiable — no owner, no due date, no success criteria.
  const c9 = commit(
    {
      reference: 'C9',
      title: 'Rebuild the confidence of Muslim members in the party',
      description: 'A general aim named in the plan without an owner, a date or a measure.',
      owner: null,
      successCriteria: null,
      dueDate: null,
      theme: 'Accountability',
    },
    ['R7'],
  );
  milestones(c9, [
    ['Survey of Muslim members repeated', null],
    ['Results discussed with the network', null],
  ]);

  // C10: abandoned, replaced by C1.
  const c10 = commit(
    {
      reference: 'C10',
      title: 'A dedicated Islamophobia case-handling unit',
      description: 'A separate unit for Islamophobia cases inside the complaints team.',
      owner: 'Governance and Legal Unit',
      successCriteria: 'The unit is staffed and handling cases.',
      dueDate: '2022-12-31',
      theme: 'Complaints',
    },
    ['R2'],
  );
  const [m101, m102] = milestones(c10, [
    ['Unit designed', '2022-03-31'],
    ['Unit staffed', '2022-12-31'],
    ['Unit handling cases', '2022-12-31'],
  ]);
  step(m101, EntryStatus.COMPLETE, at('2022-03-30'), 'Design paper agreed.', {
    evidence: [doc('unit-design', 'Design paper')],
  });
  step(m102, EntryStatus.MISSED, at('2023-01-15'), 'Not staffed; folded into the independent process.', {
    reasonCode: ReasonCode.REPLACED,
  });
  const abandoned = assess(
    c10,
    EntryStatus.ABANDONED,
    at('2023-01-20'),
    'Dropped in favour of the independent process (C1).',
    { reasonCode: ReasonCode.REPLACED },
  );
  assess(
    c10,
    EntryStatus.ABANDONED,
    at('2023-01-21'),
    'Corrected: the decision was the party’s, recorded in its own statement.',
    {
      reasonCode: ReasonCode.REPLACED,
      corrects: abandoned,
      evidence: [doc('unit-statement', 'Party statement on the unit', EvidenceKind.PUBLIC_STATEMENT)],
    },
  );

  // C11: substantial, on track.
  const c11 = commit(
    {
      reference: 'C11',
      title: 'Monitor the faith and ethnicity of members, candidates and staff',
      description: 'Voluntary monitoring with published, anonymised results.',
      owner: 'Data and Insight team',
      successCriteria: 'Monitoring in place and anonymised results published yearly.',
      dueDate: daysFromToday(120),
      theme: 'Transparency',
    },
    ['R6'],
  );
  const [m111, m112, m113, m114] = milestones(c11, [
    ['Monitoring questions agreed', '2023-06-30'],
    ['Monitoring added to the membership form', daysFromToday(-100)],
    ['Staff and candidate monitoring in place', daysFromToday(60)],
    ['First results published', daysFromToday(120)],
  ]);
  step(m111, EntryStatus.COMPLETE, at('2023-06-20'), 'Questions agreed with the affiliated networks.', {
    evidence: [doc('monitoring-questions', 'Monitoring questions')],
  });
  step(m112, EntryStatus.COMPLETE, ago(95), 'Live on the membership form.', {
    evidence: [doc('membership-form', 'Membership form', EvidenceKind.MEDIA)],
  });
  step(m113, EntryStatus.IN_PROGRESS, ago(40), 'Staff monitoring started.');
  step(m114, EntryStatus.NOT_STARTED, ago(40), 'Not yet due.');
  assess(c11, EntryStatus.SUBSTANTIAL, ago(90), 'Member monitoring live; staff and candidates to follow.', {
    evidence: [doc('membership-form', 'Membership form', EvidenceKind.MEDIA)],
  });

  // C12: not started and overdue.
  const c12 = commit(
    {
      reference: 'C12',
      title: 'Update social media conduct guidance for members and representatives',
      description: 'Guidance naming Islamophobic content and the sanctions for sharing it.',
      owner: 'Governance and Legal Unit',
      successCriteria: 'Guidance published and referenced in the code of conduct.',
      dueDate: daysFromToday(-200),
      theme: 'Education',
    },
    ['R4'],
  );
  const [m121] = milestones(c12, [
    ['Draft guidance', daysFromToday(-300)],
    ['Consult the affiliated networks on the draft', daysFromToday(-250)],
    ['Guidance published', daysFromToday(-200)],
    ['Code of conduct cross-references the guidance', daysFromToday(-200)],
  ]);
  step(m121, EntryStatus.MISSED, ago(280), 'No draft produced.', { reasonCode: ReasonCode.NO_PRIORITY });
  assess(c12, EntryStatus.NOT_STARTED, ago(190), 'Past its due date with no draft.');
  partySays(
    c12,
    EntryStatus.NOT_STARTED,
    ago(185),
    'Delayed; to be picked up after the review of the code of conduct.',
    { reasonCode: ReasonCode.NO_PRIORITY },
  );

  // Comments and responses.
  const first = seed.comment(
    c3,
    executive,
    'Members who sit on panels tell us they have **not** been briefed. Where is the guidance?',
    ago(290),
  );
  seed.comment(c3, liaison, 'The briefing went to panel chairs first; wider briefing follows.', ago(288), {
    parent: first,
  });
  seed.comment(c3, liaison, 'We believe the briefing of panels amounts to substantial progress.', ago(280), {
    kind: CommentKind.RESPONSE,
    stance: Stance.DISAGREE,
  });
  seed.comment(c1, liaison, 'We agree with this assessment.', at('2022-06-25'), {
    kind: CommentKind.RESPONSE,
    stance: Stance.AGREE,
  });
  seed.comment(c4, liaison, 'Off-topic advertising.', ago(100), {
    hidden: { by: executive, reason: 'Spam', at: ago(99) },
  });
  seed.comment(c4, executive, 'Quarterly data was the easiest commitment to keep. Why has it stopped?', ago(80));

  seedDemoRoundtables(
    seed,
    plan,
    {
      commitment: (reference) => commitments.find((c) => c.reference === reference)!,
      recommendation: (reference) => rec(reference)[0],
      summaryMilestone: m73,
    },
    daysFromToday,
  );
  seedSiblingPlans(seed, daysFromToday, ago);
  return seed.flush(dataSource, options);
}

/** BAME Labour and LGBT+ Labour, each with one small illustrative plan and no report. */
function seedSiblingPlans(
  seed: SeedWriter,
  daysFromToday: (days: number) => string,
  ago: (days: number) => string,
): void {
  const siblings: {
    org: [string, string, string];
    plan: [string, string];
    commitments: [string, string, string, number, EntryStatus | null][];
  }[] = [
    {
      org: [
        'bame-labour',
        'BAME Labour',
        'The Labour Party’s affiliated network for Black, Asian and minority ethnic members.',
      ],
      plan: ['race-equality-action-plan', 'Race Equality Action Plan'],
      commitments: [
        [
          'Publish the diversity of shortlists for every selection',
          'Selections and Candidates team',
          'Transparency',
          -30,
          EntryStatus.LIMITED,
        ],
        [
          'Race equality training for regional staff',
          'Training and Development team',
          'Education',
          90,
          EntryStatus.SUBSTANTIAL,
        ],
        ['Independent review of complaints of racism', 'Governance and Legal Unit', 'Complaints', 200, null],
      ],
    },
    {
      org: ['lgbt-labour', 'LGBT+ Labour', 'The Labour Party’s affiliated network for LGBT+ members.'],
      plan: ['lgbt-inclusion-action-plan', 'LGBT+ Inclusion Action Plan'],
      commitments: [
        [
          'Inclusive language guidance for party publications',
          'Communications team',
          'Education',
          -10,
          EntryStatus.COMPLETE,
        ],
        [
          'Reserved places for LGBT+ members on regional boards',
          'National Executive Committee',
          'Representation',
          150,
          EntryStatus.NOT_STARTED,
        ],
      ],
    },
  ];
  for (const sibling of siblings) {
    const org = seed.organisation(...sibling.org);
    const author = seed.user(
      org,
      `executive@${sibling.org[0]}.example.org`,
      `${sibling.org[1]} executive (demo)`,
      Role.EXECUTIVE,
    );
    const plan: ActionPlan = seed.plan(org, {
      slug: sibling.plan[0],
      title: sibling.plan[1],
      counterpart: 'Labour Party',
      agreedOn: '2022-09-01',
      description: 'An illustrative plan showing how a sibling network runs its own plan on the same installation.',
      isIllustrative: true,
    });
    sibling.commitments.forEach(([title, owner, theme, dueInDays, status], i) => {
      const commitment = seed.commitment(plan, i + 1, {
        reference: `C${i + 1}`,
        title,
        description: '',
        owner,
        successCriteria: 'Published and in operation.',
        dueDate: daysFromToday(dueInDays),
        theme,
      });
      const milestone = seed.milestone(commitment, 1, 'First step agreed', daysFromToday(dueInDays - 60));
      if (!status) return;
      const source = (slug: string, title: string, kind: EvidenceKind) => ({
        url: `https://example.org/demo/${plan.slug}/${slug}`,
        title,
        kind,
      });
      seed.entry({
        plan,
        commitment,
        milestone,
        status: EntryStatus.COMPLETE,
        at: ago(Math.max(1, 40 - dueInDays)),
        author,
        evidence: [source('step', 'Minutes', EvidenceKind.PUBLIC_STATEMENT)],
      });
      const evidence = NEEDS_EVIDENCE.has(status)
        ? [source(`c${i + 1}`, 'Published document', EvidenceKind.OFFICIAL_DOCUMENT)]
        : [];
      seed.entry({ plan, commitment, status, at: ago(20), author, narrative: 'Illustrative assessment.', evidence });
    });
  }
}
