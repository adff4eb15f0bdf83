import { Commitment } from '../../commitments/commitment.entity';
import { Milestone } from '../../milestones/milestone.entity';
import { ActionPlan } from '../../plans/action-plan.entity';
import { Recommendation } from '../../reports/recommendation.entity';
import { RoundtableAudience, RoundtableStatus } from '../../roundtables/roundtable.entity';
import { SeedWriter } from './seed-writer';

/** What the demo roundtables' asks are answered by. */
export interface DemoAnswers {
  commitment: (reference: string) => Commitment;
  recommendation: (reference: string) => Recommendation;
  /** The milestone "“You said, we did” summary published" of C7. */
  summaryMilestone: Milestone;
}

/**
 * Illustrative roundtables on the demo plan: three held in spring 2021 (with attendance and
 * asks, each traced to what answers it, and one left as a gap), one cancelled, and two upcoming
 * with registration open. Places and links are obviously made up; there are no registrants.
 */
export function seedDemoRoundtables(
  seed: SeedWriter,
  plan: ActionPlan,
  answers: DemoAnswers,
  daysFromToday: (days: number) => string,
): void {
  const { commitment, recommendation } = answers;
  const members = seed.roundtable(plan, {
    title: 'Members’ roundtable: complaints and trust',
    description:
      'For Muslim members of the party: how should complaints of Islamophobia be handled, and what would rebuild trust?\n\n' +
      '*Illustrative: an example of how a roundtable is recorded.*',
    audience: RoundtableAudience.MEMBERS,
    startsAt: '2021-04-17T10:00:00.000Z',
    endsAt: '2021-04-17T12:00:00.000Z',
    online: true,
    joiningLink: 'https://meet.example.org/demo/members-roundtable',
    capacity: 80,
    status: RoundtableStatus.HELD,
    attendance: 64,
  });
  seed.ask(
    members,
    {
      statement: 'Complaints should be investigated by people outside the party machinery.',
      raisedBy: 31,
      theme: 'Complaints',
    },
    [{ commitment: commitment('C1') }, { recommendation: recommendation('R2') }],
  );
  seed.ask(
    members,
    { statement: 'Tell us how many complaints there are and how long they take.', raisedBy: 22, theme: 'Complaints' },
    [{ commitment: commitment('C4') }],
  );
  seed.ask(
    members,
    { statement: 'Tell us afterwards what became of what we said here.', raisedBy: 15, theme: 'Accountability' },
    [{ milestone: answers.summaryMilestone }],
  );

  const councillors = seed.roundtable(plan, {
    title: 'Councillors’ roundtable',
    description: 'For Labour councillors: what support do you need to challenge Islamophobia locally?',
    audience: RoundtableAudience.COUNCILLORS,
    startsAt: '2021-04-28T17:00:00.000Z',
    endsAt: '2021-04-28T18:30:00.000Z',
    location: 'Council chamber, Example Town Hall (demo)',
    capacity: 40,
    status: RoundtableStatus.HELD,
    attendance: 27,
  });
  seed.ask(
    councillors,
    {
      statement: 'Councillors need training on responding to Islamophobia raised by residents.',
      raisedBy: 14,
      theme: 'Education',
    },
    [{ commitment: commitment('C5') }],
  );
  seed.ask(
    councillors,
    {
      statement: 'Publish the faith and ethnicity of candidates, so progress can be seen.',
      raisedBy: 9,
      theme: 'Transparency',
    },
    [{ commitment: commitment('C11') }],
  );
  seed.ask(councillors, {
    statement: 'Pay travel costs so members far from the cities can sit on party bodies.',
    raisedBy: 6,
    theme: 'Representation',
  });

  const affiliates = seed.roundtable(plan, {
    title: 'Affiliates’ roundtable',
    description: 'For the party’s affiliated societies and networks.',
    audience: RoundtableAudience.AFFILIATES,
    startsAt: '2021-05-12T16:30:00.000Z',
    endsAt: '2021-05-12T18:00:00.000Z',
    online: true,
    joiningLink: 'https://meet.example.org/demo/affiliates-roundtable',
    status: RoundtableStatus.HELD,
    attendance: 18,
  });
  seed.ask(
    affiliates,
    { statement: 'Design staff training with Muslim members, not only for them.', raisedBy: null, theme: 'Education' },
    [{ commitment: commitment('C2') }, { recommendation: recommendation('R3') }],
  );

  seed.roundtable(plan, {
    title: 'MPs’ roundtable',
    description: 'For Labour MPs and their offices.',
    audience: RoundtableAudience.MPS,
    startsAt: '2021-05-19T12:00:00.000Z',
    endsAt: '2021-05-19T13:00:00.000Z',
    location: 'Committee room (demo)',
    status: RoundtableStatus.CANCELLED,
    cancellationReason: 'Postponed when the sitting ran late; MPs joined the open roundtables instead.',
  });

  seed.roundtable(plan, {
    title: 'Activists’ roundtable: the plan five years on',
    description:
      'For activists and campaigners: what has changed since the plan was agreed, and what should come next?\n\n' +
      'The joining link is sent to you when you register.',
    audience: RoundtableAudience.ACTIVISTS,
    startsAt: `${daysFromToday(21)}T18:00:00.000Z`,
    endsAt: `${daysFromToday(21)}T19:30:00.000Z`,
    online: true,
    joiningLink: 'https://meet.example.org/demo/activists-roundtable',
    capacity: 40,
    registrationOpen: true,
  });
  seed.roundtable(plan, {
    title: 'Open roundtable: what should the next plan say?',
    description: 'Open to everyone who wants to shape the next plan. Step-free access; tea and coffee provided.',
    audience: RoundtableAudience.OPEN,
    startsAt: `${daysFromToday(49)}T10:30:00.000Z`,
    endsAt: `${daysFromToday(49)}T13:00:00.000Z`,
    location: 'Community centre, Example Road (demo)',
    capacity: 60,
    registrationOpen: true,
  });
}
