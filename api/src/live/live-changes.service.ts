import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FastifyRequest } from 'fastify';
import { Repository } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import { SessionsService } from '../auth/sessions.service';
import { User } from '../auth/user.entity';
import { Comment } from '../comments/comment.entity';
import { ChangeBus } from '../common/change-bus';
import { ChangeKind, CommittedChange } from '../common/changes';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlansService } from '../plans/plans.service';
import { changeStream } from './change-stream';
import { LiveContext } from './live-context';
import { PlanChange } from './plan-change.model';

/** What one committed change needs read, read once whoever many subscribers hear of it. */
interface ChangeFacts {
  plan: Promise<ActionPlan | null>;
  commentShown: Promise<boolean>;
}

const told = (change: CommittedChange): PlanChange => ({
  sequence: change.sequence,
  kind: change.kind,
  commitmentId: change.commitmentId,
});

/**
 * The changes each subscriber may hear, decided when each change arrives, by the rules of the
 * queries the page reads: a plan the subscriber can no longer see ends the subscription (asking
 * again answers NOT_FOUND, as the query does), a comment hidden by then is never announced, and a
 * signed-in subscriber whose session has ended hears nothing more.
 */
@Injectable()
export class LiveChanges {
  private readonly facts = new WeakMap<CommittedChange, ChangeFacts>();

  constructor(
    private readonly bus: ChangeBus,
    private readonly plans: PlansService,
    private readonly access: AccessPolicy,
    private readonly sessions: SessionsService,
    @InjectRepository(Comment) private readonly comments: Repository<Comment>,
  ) {}

  /** Changes to a plan, any of its commitments included. */
  ofPlan(ctx: LiveContext, planId: string): AsyncIterableIterator<PlanChange> {
    return this.stream(ctx, async (change, viewer) => {
      if (change.kind === ChangeKind.CATCH_UP) return told(change);
      if (change.planId !== planId) return null;
      return this.heardOnPlan(change, viewer);
    });
  }

  /** Changes to a commitment, and to its plan's own wording. */
  ofCommitment(ctx: LiveContext, planId: string, commitmentId: string): AsyncIterableIterator<PlanChange> {
    return this.stream(ctx, async (change, viewer) => {
      if (change.kind === ChangeKind.CATCH_UP) return told(change);
      if (change.planId !== planId) return null;
      if (change.commitmentId !== null && change.commitmentId !== commitmentId) return null;
      return this.heardOnPlan(change, viewer);
    });
  }

  /** New assessments of commitments of the plans a liaison speaks for: each waits for their response. */
  awaitingResponse(ctx: LiveContext): AsyncIterableIterator<PlanChange> {
    return this.stream(ctx, async (change, viewer) => {
      if (change.kind === ChangeKind.CATCH_UP) return told(change);
      if (!change.assessment || !viewer) return null;
      return (await this.access.isLiaisonFor(viewer, change.planId)) ? told(change) : null;
    });
  }

  private stream(
    ctx: LiveContext,
    decide: (change: CommittedChange, viewer: User | null) => Promise<PlanChange | null | 'end'>,
  ): AsyncIterableIterator<PlanChange> {
    return changeStream(
      (listener) => this.bus.listen(listener),
      async (change) => {
        const signedIn = ctx.actor.user;
        if (!signedIn) return decide(change, null);
        const active = await this.sessions.resolve(ctx.upgrade as unknown as FastifyRequest);
        if (!active || active.user.id !== signedIn.id) return 'end';
        return decide(change, active.user);
      },
      async () => ({ sequence: await this.bus.sequence(), kind: ChangeKind.SUBSCRIBED, commitmentId: null }),
    );
  }

  /** The change as a viewer of the plan hears it: 'end' once the plan is hidden from them. */
  private async heardOnPlan(change: CommittedChange, viewer: User | null): Promise<PlanChange | null | 'end'> {
    const facts = this.factsOf(change);
    const plan = await facts.plan;
    if (!plan || !(await this.access.sightOf(viewer)).canSee(plan)) return 'end';
    if (change.kind === ChangeKind.COMMENT && !(await facts.commentShown)) return null;
    return told(change);
  }

  private factsOf(change: CommittedChange): ChangeFacts {
    let facts = this.facts.get(change);
    if (!facts) {
      const commentId = change.commentId;
      facts = {
        plan: this.plans.findByIds([change.planId]).then((found) => found[0] ?? null),
        commentShown: commentId
          ? this.comments.findOneBy({ id: commentId }).then((comment) => comment !== null && comment.hiddenAt === null)
          : Promise.resolve(true),
      };
      this.facts.set(change, facts);
    }
    return facts;
  }
}
