import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { entryProblem, Lens, SubjectType } from '@tracker/rules';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { CommitmentsService } from '../commitments/commitments.service';
import { announceChange, ChangeKind } from '../common/changes';
import { badInput } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { Transactions } from '../common/transactions';
import { MilestonesService } from '../milestones/milestones.service';
import { PlansService } from '../plans/plans.service';
import { EvidenceInput, PostStatusUpdateInput } from './dto/post-status-update.input';
import { Evidence } from './evidence.entity';
import { StatusUpdate } from './status-update.entity';

/** One new ledger entry as the writer takes it: everything but its id, sequence and author. */
export type LedgerDraft = Omit<StatusUpdate, 'id' | 'sequence' | 'authorId' | 'subjectType'> & {
  evidence: EvidenceInput[];
  actor: SignedInActor;
};

/**
 * Appends to the ledger. Only executives write the assessment lens; liaisons write the
 * party-reported lens of their plans, and an executive writing it is marked as doing so on the
 * party's behalf. The entry, its evidence and its audit event are one transaction.
 */
@Injectable()
export class LedgerWriter {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly milestones: MilestonesService,
    private readonly plans: PlansService,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async post(input: PostStatusUpdateInput, actor: SignedInActor): Promise<StatusUpdate> {
    const milestone =
      input.subjectType === SubjectType.MILESTONE ? await this.milestones.getById(input.subjectId) : null;
    const commitment = await this.commitments.getById(milestone?.commitmentId ?? input.subjectId);
    const plan = await this.plans.getById(commitment.planId);

    const executive = this.access.isExecutiveOf(actor.user, plan.organisationId);
    if (input.lens === Lens.ASSESSMENT || milestone) {
      this.access.assertExecutiveOf(actor.user, plan.organisationId);
    } else if (!executive) {
      await this.access.assertLiaisonFor(actor.user, plan.id);
    }
    const problem = entryProblem({
      subjectType: input.subjectType,
      lens: input.lens,
      status: input.status,
      evidenceCount: input.evidence.length,
      reasonCode: input.reasonCode ?? null,
    });
    if (problem) throw badInput(problem.message, problem.field);

    return this.transactions.run(async (manager) => {
      if (input.correctsId) {
        const corrected = await manager.findOneBy(StatusUpdate, { id: input.correctsId });
        const sameSubject =
          corrected &&
          corrected.lens === input.lens &&
          corrected.commitmentId === commitment.id &&
          corrected.milestoneId === (milestone?.id ?? null);
        if (!sameSubject)
          throw badInput('correctsId must name an earlier entry of the same subject and lens.', 'correctsId');
      }
      return this.append(manager, {
        planId: plan.id,
        commitmentId: commitment.id,
        milestoneId: milestone?.id ?? null,
        lens: input.lens,
        status: input.status,
        narrative: input.narrative,
        reasonCode: input.reasonCode ?? null,
        onBehalfOfParty: input.lens === Lens.PARTY_REPORTED && executive,
        correctsId: input.correctsId ?? null,
        createdAt: nowIso(),
        evidence: input.evidence,
        actor,
      });
    });
  }

  /**
   * Writes one entry at the end of the installation's ledger (the next sequence number), its
   * evidence and its audit event, in the caller's transaction. The caller has checked who may
   * write it and the ledger's rules; the import uses it for the entries it appends.
   */
  async append(manager: EntityManager, draft: LedgerDraft): Promise<StatusUpdate> {
    const { evidence, actor, ...fields } = draft;
    const last = (await manager.maximum(StatusUpdate, 'sequence')) ?? 0;
    const entry = Object.assign(new StatusUpdate(), {
      id: newId(),
      sequence: last + 1,
      ...fields,
      authorId: actor.user.id,
    });
    await manager.insert(StatusUpdate, entry);
    if (evidence.length > 0) {
      await manager.insert(
        Evidence,
        evidence.map((item, position) => ({
          id: newId(),
          statusUpdateId: entry.id,
          url: item.url,
          title: item.title,
          kind: item.kind,
          publishedOn: item.publishedOn ?? null,
          position,
        })),
      );
    }
    announceChange(manager, {
      kind: ChangeKind.STATUS_UPDATE,
      planId: entry.planId,
      commitmentId: entry.commitmentId,
      assessment: entry.lens === Lens.ASSESSMENT && entry.milestoneId === null,
    });
    await this.audit.record(manager, {
      actorId: actor.user.id,
      action: 'status_update.create',
      subjectType: entry.milestoneId ? SubjectType.MILESTONE : SubjectType.COMMITMENT,
      subjectId: entry.milestoneId ?? entry.commitmentId,
      detail: { lens: entry.lens, status: entry.status, sequence: entry.sequence },
      ip: actor.ip,
    });
    return entry;
  }
}
