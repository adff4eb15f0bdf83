import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LedgerFact, Lens, SubjectType } from '@tracker/rules';
import { In, Repository } from 'typeorm';
import { Evidence } from './evidence.entity';
import { StatusUpdate } from './status-update.entity';

interface FactRow {
  plan_id: string;
  subject_type_milestone: string | null;
  commitment_id: string;
  lens: Lens;
  status: string;
  sequence: number;
  created_at: string;
}

const toFact = (row: FactRow): LedgerFact => ({
  subjectType: row.subject_type_milestone ? SubjectType.MILESTONE : SubjectType.COMMITMENT,
  subjectId: row.subject_type_milestone ?? row.commitment_id,
  lens: row.lens,
  status: row.status,
  sequence: Number(row.sequence),
  createdAt: row.created_at,
});

/** Reads the ledger. Entries are append-only; every status is derived from them, never stored. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectRepository(StatusUpdate) private readonly entries: Repository<StatusUpdate>,
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
  ) {}

  /** The facts the rules need (no narratives), for some commitments and their milestones. */
  factsByCommitmentIds(ids: readonly string[]): Promise<LedgerFact[]> {
    return this.facts('e.commitment_id IN (:...ids)', ids);
  }

  /** The facts of whole plans, by plan id. */
  async factsByPlanIds(ids: readonly string[]): Promise<Map<string, LedgerFact[]>> {
    const byPlan = new Map<string, LedgerFact[]>(ids.map((id) => [id, []]));
    for (const row of await this.rows('e.plan_id IN (:...ids)', ids)) byPlan.get(row.plan_id)?.push(toFact(row));
    return byPlan;
  }

  private async facts(where: string, ids: readonly string[]): Promise<LedgerFact[]> {
    return (await this.rows(where, ids)).map(toFact);
  }

  private rows(where: string, ids: readonly string[]): Promise<FactRow[]> {
    return this.entries
      .createQueryBuilder('e')
      .select([
        'e.plan_id AS plan_id',
        'e.milestone_id AS subject_type_milestone',
        'e.commitment_id AS commitment_id',
        'e.lens AS lens',
        'e.status AS status',
        'e.sequence AS sequence',
        'e.created_at AS created_at',
      ])
      .where(where, { ids: [...ids] })
      .orderBy('e.sequence', 'ASC')
      .getRawMany<FactRow>();
  }

  findByIds(ids: readonly string[]): Promise<StatusUpdate[]> {
    return this.entries.findBy({ id: In([...ids]) });
  }

  findBySequences(sequences: readonly number[]): Promise<StatusUpdate[]> {
    return this.entries.findBy({ sequence: In([...sequences]) });
  }

  /** Every entry about a commitment and its milestones, oldest first. */
  findByCommitmentId(commitmentId: string): Promise<StatusUpdate[]> {
    return this.entries.find({ where: { commitmentId }, order: { sequence: 'ASC' } });
  }

  /** The newest entries of a plan by the time they record (entries may be back-dated), newest first. */
  findLatestByPlanId(planId: string, limit: number): Promise<StatusUpdate[]> {
    return this.entries.find({ where: { planId }, order: { createdAt: 'DESC', sequence: 'DESC' }, take: limit });
  }

  /** Every entry of a plan, oldest first (by sequence). */
  findByPlanId(planId: string): Promise<StatusUpdate[]> {
    return this.entries.find({ where: { planId }, order: { sequence: 'ASC' } });
  }

  /** The evidence of every entry of a plan, in one query. */
  findEvidenceByPlanId(planId: string): Promise<Evidence[]> {
    return this.evidence
      .createQueryBuilder('ev')
      .innerJoin(StatusUpdate, 'e', 'e.id = ev.status_update_id')
      .where('e.plan_id = :planId', { planId })
      .orderBy('ev.position', 'ASC')
      .getMany();
  }

  findEvidenceByEntryIds(ids: readonly string[]): Promise<Evidence[]> {
    return this.evidence.find({ where: { statusUpdateId: In([...ids]) }, order: { position: 'ASC' } });
  }
}
