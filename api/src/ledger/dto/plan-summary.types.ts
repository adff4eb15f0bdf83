import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CommitmentStatus } from '@tracker/rules';
import { Cost } from '../../common/cost';
import { DateScalar } from '../../common/scalars';
import '../ledger.graphql-enums';

/** A count per status: one item per value of the scale. */
const PER_STATUS = Cost({ listSize: Object.keys(CommitmentStatus).length });

@ObjectType({ description: 'How many commitments have one assessment status.' })
export class StatusCount {
  @Field(() => CommitmentStatus)
  status: CommitmentStatus;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true, description: 'count / assessedTotal (0..1); null when nothing is assessed.' })
  share: number | null;
}

@ObjectType({ isAbstract: true })
export abstract class DistributionFields {
  @Field(() => Int)
  commitmentsTotal: number;

  @Field(() => Int, { description: 'Commitments with an assessment; the base of every share.' })
  assessedTotal: number;

  @Field(() => Int, { description: 'NOT_YET_ASSESSED commitments: excluded from shares, counted here.' })
  unassessedCount: number;

  @Field(() => [StatusCount], { description: 'One entry per assessed status, in scale order, zeros included.' })
  @PER_STATUS
  byAssessment: StatusCount[];

  @Field(() => Int)
  milestonesTotal: number;

  @Field(() => Int)
  milestonesComplete: number;

  @Field(() => Float, { nullable: true, description: 'milestonesComplete / milestonesTotal; null without milestones.' })
  milestoneCompletionShare: number | null;
}

@ObjectType({ description: 'The roll-up of one theme or one owner.' })
export class Breakdown extends DistributionFields {
  @Field(() => String, { nullable: true, description: 'The theme or owner; null groups commitments without one.' })
  key: string | null;
}

@ObjectType({ description: 'The plan’s roll-up: milestone completion and the distribution by assessment, kept apart.' })
export class PlanSummary extends DistributionFields {
  @Field(() => [StatusCount], { description: 'The party’s own account, same scale.' })
  @PER_STATUS
  byPartyReported: StatusCount[];

  @Field(() => Int)
  partyReportedUnassessedCount: number;

  @Field(() => Int)
  overdueCount: number;

  @Field(() => Int, { description: 'Not complete and due within 30 days.' })
  dueSoonCount: number;

  @Field(() => Int, { description: 'Commitments lacking an owner, a due date or success criteria.' })
  unverifiableCount: number;

  @Field(() => Int, { description: 'Commitments where the party’s account differs from the assessment.' })
  disagreementCount: number;

  @Field(() => DateScalar, { description: 'The day (Europe/London) the deadline lens was computed for.' })
  asOf: string;
}

@ObjectType({ description: 'The plan as it stood at the end of one day, rebuilt from the ledger.' })
export class ProgressPoint {
  @Field(() => DateScalar)
  date: string;

  @Field(() => [StatusCount])
  @PER_STATUS
  byAssessment: StatusCount[];

  @Field(() => Int)
  assessedTotal: number;

  @Field(() => Int)
  unassessedCount: number;

  @Field(() => Int)
  milestonesTotal: number;

  @Field(() => Int)
  milestonesComplete: number;
}

@ObjectType({ description: 'How many commitments had one assessment status at each point of a progress series.' })
export class StatusSeries {
  @Field(() => CommitmentStatus)
  status: CommitmentStatus;

  @Field(() => [Int], { description: 'One count per date of the series, in the same order.' })
  counts: number[];
}

@ObjectType({
  description:
    'The same points as `progress`, as one list per figure (the i-th item of each list belongs to the i-th date): ' +
    'compact for charts.',
})
export class ProgressSeries {
  @Field(() => [DateScalar])
  dates: string[];

  @Field(() => [StatusSeries], { description: 'One series per assessed status, in scale order, zeros included.' })
  @PER_STATUS
  byAssessment: StatusSeries[];

  @Field(() => [Int])
  assessedTotal: number[];

  @Field(() => [Int])
  unassessedCount: number[];

  @Field(() => [Int])
  milestonesTotal: number[];

  @Field(() => [Int])
  milestonesComplete: number[];
}
