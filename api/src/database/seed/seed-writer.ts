import { EntryStatus, EvidenceKind, Lens, ReasonCode } from '@tracker/rules';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Role, User } from '../../auth/user.entity';
import { LiaisonPlan } from '../../auth/liaison-plan.entity';
import { Comment, CommentKind, Stance } from '../../comments/comment.entity';
import { CommitmentRecommendation } from '../../commitments/commitment-recommendation.entity';
import { Commitment } from '../../commitments/commitment.entity';
import { newId } from '../../common/ids';
import { bumpDataGeneration } from '../../common/data-generation';
import { holdWriteLock } from '../../common/transactions';
import { Evidence } from '../../ledger/evidence.entity';
import { StatusUpdate } from '../../ledger/status-update.entity';
import { Milestone } from '../../milestones/milestone.entity';
import { DEFAULT_LICENCE_ID } from '../../organisations/licences';
import { Organisation } from '../../organisations/organisation.entity';
import { ActionPlan } from '../../plans/action-plan.entity';
import { PlanReport } from '../../plans/plan-report.entity';
import { Finding } from '../../reports/finding.entity';
import { Recommendation, RecommendationResponse } from '../../reports/recommendation.entity';
import { Report } from '../../reports/report.entity';
import { Revision, RevisionSubject } from '../../revisions/revision.entity';
import { RoundtableAskLink } from '../../roundtables/roundtable-ask-link.entity';
import { RoundtableAsk } from '../../roundtables/roundtable-ask.entity';
import { Roundtable, RoundtableStatus } from '../../roundtables/roundtable.entity';

/** Rows are inserted in this order so every foreign key points to a row already there. */
const TABLE_ORDER: EntityTarget<ObjectLiteral>[] = [
  Organisation,
  User,
  Report,
  Finding,
  Recommendation,
  ActionPlan,
  PlanReport,
  LiaisonPlan,
  Commitment,
  CommitmentRecommendation,
  Milestone,
  StatusUpdate,
  Evidence,
  Revision,
  Comment,
  Roundtable,
  RoundtableAsk,
  RoundtableAskLink,
];

/** SQLite allows 32,766 bound parameters per statement; stay well below. */
const PARAMETERS_PER_INSERT = 30_000;

export interface EntryInput {
  plan: ActionPlan;
  commitment: Commitment;
  milestone?: Milestone;
  lens?: Lens;
  status: EntryStatus;
  at: string;
  narrative?: string;
  author?: User | null;
  reasonCode?: ReasonCode;
  onBehalfOfParty?: boolean;
  corrects?: StatusUpdate;
  evidence?: { url: string; title: string; kind: EvidenceKind; publishedOn?: string }[];
}

/**
 * Collects the rows of a seed in memory and writes them in one transaction with multi-row
 * inserts, so the demo and a synthetic plan of hundreds of thousands of rows use one path.
 */
export class SeedWriter {
  private readonly rows = new Map<EntityTarget<ObjectLiteral>, ObjectLiteral[]>();
  private sequence = 0;

  constructor(private readonly createdAt: string) {}

  private add<T extends ObjectLiteral>(target: EntityTarget<T>, row: T): T {
    const list = this.rows.get(target) ?? [];
    list.push(row);
    this.rows.set(target, list);
    return row;
  }

  private stamps(at = this.createdAt): { createdAt: string; updatedAt: string } {
    return { createdAt: at, updatedAt: at };
  }

  organisation(slug: string, name: string, description: string, website: string | null = null): Organisation {
    return this.add(Organisation, {
      id: newId(),
      slug,
      name,
      description,
      website,
      licence: DEFAULT_LICENCE_ID,
      embedOrigins: '',
      version: 1,
      ...this.stamps(),
    });
  }

  user(organisation: Organisation | null, email: string, displayName: string, role: Role): User {
    return this.add(User, {
      id: newId(),
      organisationId: organisation?.id ?? null,
      email,
      displayName,
      role,
      passwordHash: null,
      disabledAt: null,
      version: 1,
      ...this.stamps(),
    });
  }

  liaisonFor(user: User, plan: ActionPlan): void {
    this.add(LiaisonPlan, { userId: user.id, planId: plan.id });
  }

  report(
    organisation: Organisation,
    fields: Pick<Report, 'slug' | 'title' | 'summary' | 'publishedOn' | 'url' | 'isIllustrative'>,
  ): Report {
    return this.add(Report, { id: newId(), organisationId: organisation.id, version: 1, ...fields, ...this.stamps() });
  }

  finding(report: Report, position: number, label: string, value: number, unit: string): Finding {
    return this.add(Finding, {
      id: newId(),
      reportId: report.id,
      position,
      label,
      value,
      unit,
      version: 1,
      ...this.stamps(),
    });
  }

  recommendation(
    report: Report,
    position: number,
    fields: { reference: string; title: string; body: string; theme: string | null; response: RecommendationResponse },
    isIllustrative: boolean,
  ): Recommendation {
    return this.add(Recommendation, {
      id: newId(),
      reportId: report.id,
      position,
      isIllustrative,
      version: 1,
      ...fields,
      ...this.stamps(),
    });
  }

  plan(
    organisation: Organisation,
    fields: Pick<ActionPlan, 'slug' | 'title' | 'counterpart' | 'agreedOn' | 'description' | 'isIllustrative'>,
    answers: Report[] = [],
  ): ActionPlan {
    const stamps = this.stamps();
    // The seeds' plans are public: published as they are written.
    const plan = this.add(ActionPlan, {
      id: newId(),
      organisationId: organisation.id,
      version: 1,
      ...fields,
      publishedAt: stamps.createdAt,
      unpublishedReason: null,
      ...stamps,
    });
    for (const report of answers) this.add(PlanReport, { planId: plan.id, reportId: report.id });
    return plan;
  }

  commitment(
    plan: ActionPlan,
    position: number,
    fields: Pick<Commitment, 'reference' | 'title' | 'description' | 'owner' | 'successCriteria' | 'dueDate' | 'theme'>,
    answers: Recommendation[] = [],
  ): Commitment {
    const commitment = this.add(Commitment, {
      id: newId(),
      planId: plan.id,
      position,
      isIllustrative: plan.isIllustrative,
      version: 1,
      ...fields,
      ...this.stamps(),
    });
    for (const recommendation of answers) {
      this.add(CommitmentRecommendation, { commitmentId: commitment.id, recommendationId: recommendation.id });
    }
    return commitment;
  }

  milestone(
    commitment: Commitment,
    position: number,
    title: string,
    dueDate: string | null,
    description = '',
  ): Milestone {
    return this.add(Milestone, {
      id: newId(),
      commitmentId: commitment.id,
      planId: commitment.planId,
      reference: `M${position}`,
      position,
      title,
      description,
      dueDate,
      version: 1,
      ...this.stamps(),
    });
  }

  /** Appends a ledger entry with the next sequence number. */
  entry(input: EntryInput): StatusUpdate {
    const entry = this.add(
      StatusUpdate,
      Object.assign(new StatusUpdate(), {
        id: newId(),
        sequence: ++this.sequence,
        planId: input.plan.id,
        commitmentId: input.commitment.id,
        milestoneId: input.milestone?.id ?? null,
        lens: input.lens ?? Lens.ASSESSMENT,
        status: input.status,
        narrative: input.narrative ?? '',
        reasonCode: input.reasonCode ?? null,
        authorId: input.author?.id ?? null,
        onBehalfOfParty: input.onBehalfOfParty ?? false,
        correctsId: input.corrects?.id ?? null,
        createdAt: input.at,
      }),
    );
    (input.evidence ?? []).forEach((item, position) =>
      this.add(Evidence, {
        id: newId(),
        statusUpdateId: entry.id,
        position,
        url: item.url,
        title: item.title,
        kind: item.kind,
        publishedOn: item.publishedOn ?? null,
      }),
    );
    return entry;
  }

  /** Records an edit of one field, as the write path does. */
  revision(
    subject: { type: RevisionSubject; id: string; commitmentId: string | null },
    field: string,
    before: string | null,
    after: string | null,
    version: number,
    actor: User | null,
    at: string,
  ): Revision {
    return this.add(Revision, {
      id: newId(),
      subjectType: subject.type,
      subjectId: subject.id,
      commitmentId: subject.commitmentId,
      reportId: null,
      field,
      before,
      after,
      version,
      actorId: actor?.id ?? null,
      createdAt: at,
    });
  }

  comment(
    commitment: Commitment,
    author: User,
    body: string,
    at: string,
    options: {
      parent?: Comment;
      kind?: CommentKind;
      stance?: Stance;
      hidden?: { by: User; reason: string; at: string };
    } = {},
  ): Comment {
    return this.add(Comment, {
      id: newId(),
      commitmentId: commitment.id,
      parentId: options.parent?.id ?? null,
      authorId: author.id,
      body,
      kind: options.kind ?? CommentKind.COMMENT,
      stance: options.stance ?? null,
      hiddenAt: options.hidden?.at ?? null,
      hiddenReason: options.hidden?.reason ?? null,
      hiddenById: options.hidden?.by.id ?? null,
      version: 1,
      createdAt: at,
    });
  }

  roundtable(
    plan: ActionPlan,
    fields: Pick<Roundtable, 'title' | 'description' | 'audience' | 'startsAt' | 'endsAt'> &
      Partial<
        Pick<
          Roundtable,
          | 'location'
          | 'online'
          | 'joiningLink'
          | 'capacity'
          | 'registrationOpen'
          | 'status'
          | 'cancellationReason'
          | 'attendance'
        >
      >,
  ): Roundtable {
    return this.add(Roundtable, {
      id: newId(),
      planId: plan.id,
      location: null,
      online: false,
      joiningLink: null,
      capacity: null,
      registrationOpen: false,
      status: RoundtableStatus.UPCOMING,
      cancellationReason: null,
      attendance: null,
      version: 1,
      ...fields,
      ...this.stamps(),
    });
  }

  /** An ask raised at a roundtable, linked to what answers it (none is a gap). */
  ask(
    roundtable: Roundtable,
    fields: Pick<RoundtableAsk, 'statement' | 'raisedBy' | 'theme'>,
    answers: { recommendation?: Recommendation; commitment?: Commitment; milestone?: Milestone }[] = [],
  ): RoundtableAsk {
    const ask = this.add(RoundtableAsk, {
      id: newId(),
      roundtableId: roundtable.id,
      planId: roundtable.planId,
      position: this.count(RoundtableAsk) + 1,
      version: 1,
      ...fields,
      ...this.stamps(),
    });
    for (const answer of answers) {
      this.add(RoundtableAskLink, {
        id: newId(),
        askId: ask.id,
        recommendationId: answer.recommendation?.id ?? null,
        commitmentId: answer.commitment?.id ?? null,
        milestoneId: answer.milestone?.id ?? null,
        createdAt: this.createdAt,
      });
    }
    return ask;
  }

  count(target: EntityTarget<ObjectLiteral>): number {
    return this.rows.get(target)?.length ?? 0;
  }

  /**
   * Writes everything in one transaction, continuing the installation's ledger sequence. With
   * `onlyIfEmpty`, writes nothing when the database already holds an organisation, checked
   * inside the transaction holding the write lock, so of several processes starting together on
   * an empty database one seeds; says whether it wrote.
   */
  async flush(dataSource: DataSource, options: { onlyIfEmpty?: boolean } = {}): Promise<boolean> {
    return dataSource.transaction(async (manager) => {
      await holdWriteLock(manager);
      if (options.onlyIfEmpty && (await manager.count(Organisation)) > 0) return false;
      const [{ last }] = await manager.query('SELECT COALESCE(MAX(sequence), 0) AS last FROM status_update');
      for (const entry of (this.rows.get(StatusUpdate) ?? []) as StatusUpdate[]) entry.sequence += Number(last);
      for (const target of TABLE_ORDER) await insertAll(manager, target, this.rows.get(target) ?? []);
      await bumpDataGeneration(manager);
      return true;
    });
  }
}

async function insertAll(
  manager: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  rows: ObjectLiteral[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = manager.getRepository(target).metadata.columns.length;
  const chunk = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns));
  for (let i = 0; i < rows.length; i += chunk) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + chunk))
      .updateEntity(false)
      .execute();
  }
}
