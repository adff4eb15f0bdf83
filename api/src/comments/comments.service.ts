import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Lens } from '@tracker/rules';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentsService } from '../commitments/commitments.service';
import { announceChange, ChangeKind } from '../common/changes';
import { badInput, notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { Transactions } from '../common/transactions';
import { LedgerService } from '../ledger/ledger.service';
import { PlansService } from '../plans/plans.service';
import { Comment, CommentKind } from './comment.entity';
import { AddCommentInput } from './dto/add-comment.input';
import { HideCommentInput } from './dto/hide-comment.input';

@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(Comment) private readonly comments: Repository<Comment>,
    private readonly commitments: CommitmentsService,
    private readonly plans: PlansService,
    private readonly ledger: LedgerService,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /** A commitment's comments and responses, oldest first (threads are built from parentId). */
  findByCommitmentId(commitmentId: string): Promise<Comment[]> {
    return this.comments.find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Comments on the commitments of some plans, newest first: the moderation list. `hidden`
   * narrows it to the hidden (true) or the visible (false) ones.
   */
  findByPlanIds(planIds: readonly string[], hidden?: boolean): Promise<Comment[]> {
    if (planIds.length === 0) return Promise.resolve([]);
    const query = this.comments
      .createQueryBuilder('c')
      .innerJoin(Commitment, 'm', 'm.id = c.commitment_id')
      .where('m.plan_id IN (:...planIds)', { planIds: [...planIds] });
    if (hidden !== undefined) query.andWhere(hidden ? 'c.hidden_at IS NOT NULL' : 'c.hidden_at IS NULL');
    return query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').getMany();
  }

  /** When a person last responded on each commitment they responded to. */
  async latestResponseTimes(authorId: string): Promise<Map<string, string>> {
    const rows = await this.comments
      .createQueryBuilder('c')
      .select('c.commitment_id', 'commitmentId')
      .addSelect('MAX(c.created_at)', 'latest')
      .where('c.author_id = :authorId AND c.kind = :kind', { authorId, kind: CommentKind.RESPONSE })
      .groupBy('c.commitment_id')
      .getRawMany<{ commitmentId: string; latest: string }>();
    return new Map(rows.map((row) => [row.commitmentId, row.latest]));
  }

  /**
   * Any signed-in user may comment on a commitment they may see (a draft's is unknown to the rest) and reply in its threads; only a
   * liaison of the plan may RESPOND, with a stance on the latest assessment.
   */
  async add(input: AddCommentInput, actor: SignedInActor): Promise<Comment> {
    const commitment = await this.commitments.getById(input.commitmentId);
    const plan = await this.plans.getById(commitment.planId);
    if (!(await this.access.sightOf(actor.user)).canSee(plan)) throw notFound('commitment', input.commitmentId);
    if (input.parentId) {
      const parent = await this.comments.findOneBy({ id: input.parentId });
      if (!parent || parent.commitmentId !== commitment.id) {
        throw badInput('parentId must be a comment on the same commitment.', 'parentId');
      }
    }
    if (input.kind === CommentKind.RESPONSE) {
      await this.access.assertLiaisonFor(actor.user, commitment.planId);
      if (!input.stance)
        throw badInput('A response says whether the party agrees or disagrees: give a stance.', 'stance');
      const entries = await this.ledger.findByCommitmentId(commitment.id);
      if (!entries.some((e) => e.lens === Lens.ASSESSMENT && !e.milestoneId)) {
        throw badInput('There is no assessment to respond to yet.', 'kind');
      }
    } else if (input.stance) {
      throw badInput('Only a response carries a stance.', 'stance');
    }
    return this.transactions.run(async (manager) => {
      const comment: Comment = {
        id: newId(),
        commitmentId: commitment.id,
        parentId: input.parentId ?? null,
        authorId: actor.user.id,
        body: input.body,
        kind: input.kind,
        stance: input.stance ?? null,
        hiddenAt: null,
        hiddenReason: null,
        hiddenById: null,
        version: 1,
        createdAt: nowIso(),
      };
      await manager.insert(Comment, comment);
      const { planId } = commitment;
      announceChange(manager, { kind: ChangeKind.COMMENT, planId, commitmentId: commitment.id, commentId: comment.id });
      await this.audit.record(manager, {
        actorId: actor.user.id,
        action: 'comment.create',
        subjectType: 'COMMENT',
        subjectId: comment.id,
        detail: { kind: comment.kind },
        ip: actor.ip,
      });
      return Object.assign(new Comment(), comment);
    });
  }

  /** The executive of the plan's organisation hides a comment: the text is kept, never served. */
  async hide(input: HideCommentInput, actor: SignedInActor): Promise<Comment> {
    const comment = await this.comments.findOneBy({ id: input.id });
    if (!comment) throw notFound('comment', input.id);
    const commitment = await this.commitments.getById(comment.commitmentId);
    this.access.assertExecutiveOf(actor.user, (await this.plans.getById(commitment.planId)).organisationId);
    if (comment.hiddenAt) return comment;
    return this.transactions.run(async (manager) => {
      const hidden = {
        hiddenAt: nowIso(),
        hiddenReason: input.reason,
        hiddenById: actor.user.id,
        version: comment.version + 1,
      };
      await manager.update(Comment, { id: comment.id }, hidden);
      announceChange(manager, {
        kind: ChangeKind.MODERATION,
        planId: commitment.planId,
        commitmentId: commitment.id,
        commentId: comment.id,
      });
      await this.audit.record(manager, {
        actorId: actor.user.id,
        action: 'comment.hide',
        subjectType: 'COMMENT',
        subjectId: comment.id,
        detail: { reason: input.reason },
        ip: actor.ip,
      });
      return Object.assign(comment, hidden);
    });
  }
}
