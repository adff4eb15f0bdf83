import { Injectable } from '@nestjs/common';
import { LedgerFact } from '@tracker/rules';
import DataLoader from 'dataloader';
import { LoaderContext, loaderKey, manyByKey, oneByKey } from '../common/batch';
import { Clock } from '../common/clock';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentsService } from '../commitments/commitments.service';
import { Milestone } from '../milestones/milestone.entity';
import { MilestonesLoaders } from '../milestones/milestones.loaders';
import { MilestonesService } from '../milestones/milestones.service';
import { CommitmentState, commitmentStates } from './commitment-state';
import { Evidence } from './evidence.entity';
import { LedgerService } from './ledger.service';
import { StatusUpdate } from './status-update.entity';

/** A whole plan worked out from the ledger: the input of the roll-up, the filters and the progress chart. */
export interface PlanState {
  commitments: Commitment[];
  milestones: Milestone[];
  facts: LedgerFact[];
  states: Map<string, CommitmentState>;
  today: string;
}

export const PLAN_STATES_BY_PLAN_ID = loaderKey<string, PlanState>('ledger.planState');
export const STATES_BY_COMMITMENT_ID = loaderKey<string, CommitmentState>('ledger.stateByCommitmentId');
export const ENTRIES_BY_ID = loaderKey<string, StatusUpdate | null>('ledger.entryById');
export const ENTRIES_BY_SEQUENCE = loaderKey<number, StatusUpdate | null>('ledger.entryBySequence');
export const EVIDENCE_BY_ENTRY_ID = loaderKey<string, Evidence[]>('ledger.evidenceByEntryId');

@Injectable()
export class LedgerLoaders {
  constructor(
    private readonly ledger: LedgerService,
    private readonly commitments: CommitmentsService,
    private readonly milestones: MilestonesService,
    private readonly milestoneLoaders: MilestonesLoaders,
    private readonly clock: Clock,
  ) {}

  /**
   * Plans in three queries whatever their size. The rows it reads also fill the loaders that the
   * plan's commitments ask next (milestones by commitment, state by commitment), so those cost no
   * further queries. Only loaders asked after this one resolves are filled, which keeps the count
   * of queries independent of timing.
   */
  planState(ctx: LoaderContext): DataLoader<string, PlanState> {
    return ctx.loaders.get(PLAN_STATES_BY_PLAN_ID, async (planIds) => {
      const [commitments, milestones, factsByPlan] = await Promise.all([
        this.commitments.findByPlanIds(planIds),
        this.milestones.findByPlanIds(planIds),
        this.ledger.factsByPlanIds(planIds),
      ]);
      const today = this.clock.today();
      const states = commitmentStates(commitments, milestones, [...factsByPlan.values()].flat(), today);
      const stateLoader = this.stateByCommitmentId(ctx);
      for (const [id, state] of states) stateLoader.prime(id, state);
      const milestonesByCommitment = this.milestoneLoaders.byCommitmentId(ctx);
      const commitmentIds = commitments.map((c) => c.id);
      manyByKey(commitmentIds, milestones, (m) => m.commitmentId).forEach((list, i) =>
        milestonesByCommitment.prime(commitmentIds[i], list),
      );
      const commitmentsByPlan = manyByKey(planIds, commitments, (c) => c.planId);
      const milestonesByPlan = manyByKey(planIds, milestones, (m) => m.planId);
      return planIds.map((planId, i) => ({
        commitments: commitmentsByPlan[i],
        milestones: milestonesByPlan[i],
        facts: factsByPlan.get(planId) ?? [],
        states,
        today,
      }));
    });
  }

  /** The lenses of single commitments (a commitment page), in three batched queries. */
  stateByCommitmentId(ctx: LoaderContext): DataLoader<string, CommitmentState> {
    return ctx.loaders.get(STATES_BY_COMMITMENT_ID, async (ids) => {
      const [commitments, milestones, facts] = await Promise.all([
        this.commitments.findByIds(ids),
        this.milestones.findByCommitmentIds(ids),
        this.ledger.factsByCommitmentIds(ids),
      ]);
      const states = commitmentStates(commitments, milestones, facts, this.clock.today());
      return ids.map((id) => states.get(id) ?? new Error(`No commitment ${id}`));
    });
  }

  entryById(ctx: LoaderContext): DataLoader<string, StatusUpdate | null> {
    return ctx.loaders.get(ENTRIES_BY_ID, async (ids) => oneByKey(ids, await this.ledger.findByIds(ids), (e) => e.id));
  }

  /** Ledger entries by sequence number, the key the rules' facts carry. */
  entryBySequence(ctx: LoaderContext): DataLoader<number, StatusUpdate | null> {
    return ctx.loaders.get(ENTRIES_BY_SEQUENCE, async (sequences) =>
      oneByKey(sequences, await this.ledger.findBySequences(sequences), (e) => e.sequence),
    );
  }

  evidenceByEntryId(ctx: LoaderContext): DataLoader<string, Evidence[]> {
    return ctx.loaders.get(EVIDENCE_BY_ENTRY_ID, async (ids) =>
      manyByKey(ids, await this.ledger.findEvidenceByEntryIds(ids), (e) => e.statusUpdateId),
    );
  }
}
