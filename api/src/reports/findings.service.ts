import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { badInput, DomainError, ErrorCode, notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { Transactions } from '../common/transactions';
import { AuditService } from '../audit/audit.service';
import { EditsService } from '../revisions/edits.service';
import { RevisionSubject } from '../revisions/revision.entity';
import {
  CreateFindingInput,
  DeleteFindingInput,
  FINDINGS_MAX,
  ReorderFindingsInput,
  UpdateFindingInput,
} from './dto/finding.input';
import { Finding } from './finding.entity';
import { positionProblem, valueProblem } from './findings.rules';
import { Report } from './report.entity';

/**
 * The fields whose wording a finding's history keeps when it is added or deleted. Its place is
 * recorded only when it is moved: the order is plain on the report itself.
 */
const RECORDED: (keyof Finding & string)[] = ['label', 'value', 'unit'];

const staleOrder = (): DomainError =>
  new DomainError(
    ErrorCode.CONFLICT,
    'The findings of this report were changed by someone else since you opened them; nothing was moved. Look at the current order and try again.',
  );

/**
 * A report's key findings: added at a place in the list, edited, put in a new order and deleted,
 * each by the executives of the report's organisation and each recorded in the report's history.
 * Positions stay 1..n: adding or deleting one closes or opens the gap behind it.
 */
@Injectable()
export class FindingsService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly edits: EditsService,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /** The report, once the actor is known to be one of its organisation's executives. */
  private async ownReport(manager: EntityManager, reportId: string, actor: SignedInActor): Promise<Report> {
    const report = await manager.findOneBy(Report, { id: reportId });
    if (!report) throw notFound('report', reportId);
    this.access.assertExecutiveOf(actor.user, report.organisationId);
    return report;
  }

  private async ownFinding(manager: EntityManager, id: string, actor: SignedInActor): Promise<Finding> {
    const finding = await manager.findOneBy(Finding, { id });
    if (!finding) throw notFound('finding', id);
    await this.ownReport(manager, finding.reportId, actor);
    return finding;
  }

  /** Moves the findings from `from` on by one place up or down, in the caller's transaction. */
  private async shift(manager: EntityManager, reportId: string, from: number, by: 1 | -1): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Finding)
      .set({ position: () => `position + ${by}` })
      .where('report_id = :reportId AND position >= :from', { reportId, from })
      .execute();
  }

  create(input: CreateFindingInput, actor: SignedInActor): Promise<Finding> {
    return this.transactions.run(async (manager) => {
      const report = await this.ownReport(manager, input.reportId, actor);
      const unit = input.unit ?? '';
      const problem = valueProblem(input.value, unit, 'value');
      if (problem) throw problem;
      const count = await manager.countBy(Finding, { reportId: report.id });
      if (count >= FINDINGS_MAX) throw badInput(`A report may list at most ${FINDINGS_MAX} key findings.`, 'reportId');
      const outOfRange = positionProblem(input.position, count);
      if (outOfRange) throw outOfRange;
      await this.shift(manager, report.id, input.position, 1);
      const now = nowIso();
      const finding = Object.assign(new Finding(), {
        id: newId(),
        reportId: report.id,
        label: input.label,
        value: input.value,
        unit,
        position: input.position,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      return this.edits.createRecorded(manager, {
        entity: Finding,
        subject: RevisionSubject.FINDING,
        row: finding,
        fields: RECORDED,
        actor,
        reportId: report.id,
      });
    });
  }

  update(input: UpdateFindingInput, actor: SignedInActor): Promise<Finding> {
    return this.transactions.run(async (manager) => {
      const row = await this.ownFinding(manager, input.id, actor);
      const unit = input.unit === undefined ? row.unit : (input.unit ?? '');
      const value = input.value ?? row.value;
      if (row.version === input.version) {
        const problem = valueProblem(value, unit, input.value === undefined ? 'unit' : 'value');
        if (problem) throw problem;
      }
      return this.edits.apply(manager, {
        entity: Finding,
        subject: RevisionSubject.FINDING,
        row,
        version: input.version,
        changes: { label: input.label, value: input.value, unit: input.unit === undefined ? undefined : unit },
        actor,
        commitmentId: null,
        reportId: row.reportId,
      });
    });
  }

  delete(input: DeleteFindingInput, actor: SignedInActor): Promise<Report> {
    return this.transactions.run(async (manager) => {
      const row = await this.ownFinding(manager, input.id, actor);
      await this.edits.remove(manager, {
        entity: Finding,
        subject: RevisionSubject.FINDING,
        row,
        version: input.version,
        fields: RECORDED,
        actor,
        reportId: row.reportId,
      });
      await this.shift(manager, row.reportId, row.position + 1, -1);
      return manager.findOneByOrFail(Report, { id: row.reportId });
    });
  }

  /**
   * Puts every finding of the report in the order given. The list must name exactly the report's
   * findings at the versions stored: a view that missed an addition, a deletion, an edit or
   * another reordering gets CONFLICT and nothing moves. Each finding that changes place gets a
   * new version and a revision of its position.
   */
  reorder(input: ReorderFindingsInput, actor: SignedInActor): Promise<Report> {
    return this.transactions.run(async (manager) => {
      const report = await this.ownReport(manager, input.reportId, actor);
      const ids = input.findings.map((finding) => finding.id);
      if (new Set(ids).size !== ids.length) throw badInput('findings must name each finding once.', 'findings');
      const current = await manager.find(Finding, { where: { reportId: report.id }, order: { position: 'ASC' } });
      const byId = new Map(current.map((finding) => [finding.id, finding]));
      const unknown = ids.filter((id) => !byId.has(id));
      if (unknown.length > 0 && (await manager.existsBy(Finding, { id: In(unknown) }))) {
        throw badInput('findings must all be findings of this report.', 'findings');
      }
      if (
        current.length !== ids.length ||
        input.findings.some(({ id, version }) => byId.get(id)?.version !== version)
      ) {
        throw staleOrder();
      }
      const moved = input.findings
        .map(({ id }, index) => ({ row: byId.get(id)!, position: index + 1 }))
        .filter(({ row, position }) => row.position !== position);
      if (moved.length === 0) return report;
      for (const { row, position } of moved) {
        await this.edits.apply(manager, {
          entity: Finding,
          subject: RevisionSubject.FINDING,
          row,
          version: row.version,
          changes: { position },
          actor,
          commitmentId: null,
          reportId: report.id,
        });
      }
      await this.audit.record(manager, {
        actorId: actor.user.id,
        action: 'finding.reorder',
        subjectType: RevisionSubject.REPORT,
        subjectId: report.id,
        detail: { moved: moved.length },
        ip: actor.ip,
      });
      return report;
    });
  }
}
