import { Injectable } from '@nestjs/common';
import { ActorContext } from '../auth/actor';
import { UsersService } from '../auth/users.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { LoaderContext } from '../common/batch';
import { Clock } from '../common/clock';
import { notFound } from '../common/domain-error';
import { LedgerLoaders } from '../ledger/ledger.loaders';
import { LedgerService } from '../ledger/ledger.service';
import { licenceOf } from '../organisations/licences';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlansService } from '../plans/plans.service';
import { PlanVisibility } from '../plans/plan-visibility';
import { Finding } from '../reports/finding.entity';
import { Recommendation } from '../reports/recommendation.entity';
import { Report } from '../reports/report.entity';
import { ReportsService } from '../reports/reports.service';
import { Revision, RevisionSubject } from '../revisions/revision.entity';
import { RevisionsService } from '../revisions/revisions.service';
import { DocumentMeta } from './plan-document';
import { Row, Tables } from './tables';

/** A plan's open data: its tables and what the files say about them. */
export interface PlanExport {
  plan: ActionPlan;
  organisation: Organisation;
  tables: Tables;
  meta: DocumentMeta;
}

/** The text of a cell: empty (null) for no value or empty text. */
const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);
const flag = (value: boolean): string => (value ? 'true' : 'false');
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads a plan as the open-data tables, through the drafts rule (`PlanVisibility`): a plan the
 * caller may not see, or one the organisation in the address does not own, is NOT_FOUND. A fixed
 * number of queries whatever the plan's size; the lenses come from the ledger's own loader, the
 * one the dashboard reads.
 */
@Injectable()
export class PlanExportService {
  constructor(
    private readonly visibility: PlanVisibility,
    private readonly organisations: OrganisationsService,
    private readonly plans: PlansService,
    private readonly reports: ReportsService,
    private readonly commitments: CommitmentsService,
    private readonly ledger: LedgerService,
    private readonly ledgerLoaders: LedgerLoaders,
    private readonly revisions: RevisionsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /** `dataDictionary`: the absolute address of the data dictionary the files point to. */
  async export(
    ctx: ActorContext & LoaderContext,
    organisationSlug: string,
    planSlug: string,
    dataDictionary: string,
  ): Promise<PlanExport> {
    const organisation = await this.organisations.getBySlug(organisationSlug);
    const plan = await this.visibility.getBySlug(ctx, planSlug);
    if (plan.organisationId !== organisation.id) throw notFound('plan', planSlug);
    const generatedAt = this.clock.now().toISOString();

    const reports = (await this.reports.findByIds(await this.plans.reportIdsOf(plan.id))).sort((a, b) =>
      byText(a.slug, b.slug),
    );
    const reportIds = reports.map((report) => report.id);
    const [findings, recommendations, state, updates, evidence, revisions] = await Promise.all([
      this.reports.findFindingsByReportIds(reportIds),
      this.reports.findRecommendationsByReportIds(reportIds),
      this.ledgerLoaders.planState(ctx).load(plan.id),
      this.ledger.findByPlanId(plan.id),
      this.ledger.findEvidenceByPlanId(plan.id),
      this.revisions.findForPlan(plan, reportIds),
    ]);
    const links = await this.commitments.findLinksByCommitmentIds(state.commitments.map((commitment) => commitment.id));
    const roles = await this.rolesOf([
      ...updates.map((update) => update.authorId),
      ...revisions.map((revision) => revision.actorId),
    ]);

    const reportById = new Map(reports.map((report) => [report.id, report]));
    const commitments = [...state.commitments].sort((a, b) => a.position - b.position);
    const commitmentById = new Map(commitments.map((commitment) => [commitment.id, commitment]));
    const commitmentOrder = new Map(commitments.map((commitment, i) => [commitment.id, i]));
    const milestones = [...state.milestones].sort(
      (a, b) =>
        (commitmentOrder.get(a.commitmentId) ?? 0) - (commitmentOrder.get(b.commitmentId) ?? 0) ||
        a.position - b.position,
    );
    const milestoneById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
    const recommendationById = new Map(recommendations.map((recommendation) => [recommendation.id, recommendation]));
    const reportOrder = new Map(reports.map((report, i) => [report.id, i]));
    const inReportOrder = <T extends { reportId: string; position: number }>(rows: T[]): T[] =>
      rows.sort(
        (a, b) => (reportOrder.get(a.reportId) ?? 0) - (reportOrder.get(b.reportId) ?? 0) || a.position - b.position,
      );
    const slugOfReport = (reportId: string): string => reportById.get(reportId)?.slug ?? '';
    const entryById = new Map(updates.map((update, i) => [update.id, i + 1]));

    const tables: Tables = {
      plan: [
        {
          organisation_slug: organisation.slug,
          slug: plan.slug,
          title: plan.title,
          counterpart: plan.counterpart,
          agreed_on: text(plan.agreedOn),
          description: text(plan.description),
          report_slugs: reports.map((report) => report.slug).join(' '),
          version: text(plan.version),
          published: text(plan.publishedAt),
          licence: licenceOf(organisation.licence).id,
        },
      ],
      reports: reports.map((report) => ({
        report_id: report.id,
        slug: report.slug,
        title: report.title,
        published_on: text(report.publishedOn),
        summary: text(report.summary),
        url: text(report.url),
        illustrative: flag(report.isIllustrative),
        version: text(report.version),
      })),
      findings: inReportOrder(findings).map((finding) => ({
        finding_id: finding.id,
        report_slug: slugOfReport(finding.reportId),
        position: text(finding.position),
        label: finding.label,
        value: text(finding.value),
        unit: text(finding.unit),
        version: text(finding.version),
      })),
      recommendations: inReportOrder(recommendations).map((recommendation) => ({
        recommendation_id: recommendation.id,
        report_slug: slugOfReport(recommendation.reportId),
        reference: recommendation.reference,
        position: text(recommendation.position),
        title: recommendation.title,
        body: text(recommendation.body),
        theme: text(recommendation.theme),
        response: recommendation.response,
        illustrative: flag(recommendation.isIllustrative),
        version: text(recommendation.version),
      })),
      commitments: commitments.map((commitment) => {
        const lenses = state.states.get(commitment.id);
        return {
          commitment_id: commitment.id,
          reference: commitment.reference,
          position: text(commitment.position),
          title: commitment.title,
          description: text(commitment.description),
          owner: text(commitment.owner),
          success_criteria: text(commitment.successCriteria),
          due_date: text(commitment.dueDate),
          theme: text(commitment.theme),
          illustrative: flag(commitment.isIllustrative),
          version: text(commitment.version),
          verifiable: lenses ? flag(lenses.verifiable) : null,
          assessment: lenses?.assessment ?? null,
          party_reported: lenses?.partyReported ?? null,
          deadline: lenses?.deadline ?? null,
        };
      }),
      commitment_recommendations: links
        .map((link) => ({
          commitment: commitmentById.get(link.commitmentId),
          recommendation: recommendationById.get(link.recommendationId),
        }))
        .filter((link) => link.commitment && link.recommendation)
        .sort(
          (a, b) =>
            (commitmentOrder.get(a.commitment?.id ?? '') ?? 0) - (commitmentOrder.get(b.commitment?.id ?? '') ?? 0) ||
            (reportOrder.get(a.recommendation?.reportId ?? '') ?? 0) -
              (reportOrder.get(b.recommendation?.reportId ?? '') ?? 0) ||
            (a.recommendation?.position ?? 0) - (b.recommendation?.position ?? 0),
        )
        .map(({ commitment, recommendation }) => ({
          commitment_reference: commitment?.reference ?? null,
          report_slug: slugOfReport(recommendation?.reportId ?? ''),
          recommendation_reference: recommendation?.reference ?? null,
        })),
      milestones: milestones.map((milestone) => ({
        milestone_id: milestone.id,
        commitment_reference: commitmentById.get(milestone.commitmentId)?.reference ?? null,
        reference: milestone.reference,
        position: text(milestone.position),
        title: milestone.title,
        description: text(milestone.description),
        due_date: text(milestone.dueDate),
        version: text(milestone.version),
        status: state.states.get(milestone.commitmentId)?.milestones.get(milestone.id)?.status ?? null,
      })),
      updates: updates.map((update, i) => ({
        entry: String(i + 1),
        update_id: update.id,
        sequence: String(update.sequence),
        commitment_reference: commitmentById.get(update.commitmentId)?.reference ?? null,
        milestone_reference: update.milestoneId ? (milestoneById.get(update.milestoneId)?.reference ?? null) : null,
        lens: update.lens,
        status: update.status,
        narrative: text(update.narrative),
        reason_code: update.reasonCode,
        on_behalf_of_party: flag(update.onBehalfOfParty),
        corrects_entry: update.correctsId ? text(entryById.get(update.correctsId)) : null,
        author: roles.get(update.authorId ?? '') ?? null,
        recorded_at: update.createdAt,
      })),
      evidence: evidence
        .map((item) => ({ item, entry: entryById.get(item.statusUpdateId) ?? 0 }))
        .sort((a, b) => a.entry - b.entry || a.item.position - b.item.position)
        .map(({ item, entry }) => ({
          update_entry: String(entry),
          position: String(item.position),
          url: item.url,
          title: item.title,
          kind: item.kind,
          published_on: text(item.publishedOn),
        })),
      revisions: this.revisionRows(revisions, roles, {
        organisation,
        plan,
        reportById,
        recommendationById,
        findings,
        commitmentById,
        milestoneById,
      }),
    };
    const licence = licenceOf(organisation.licence);
    const meta: DocumentMeta = {
      generatedAt,
      licence: { id: licence.id, title: licence.title, url: licence.url },
      dataDictionary,
      organisation: {
        slug: organisation.slug,
        name: organisation.name,
        description: organisation.description,
        website: organisation.website,
      },
    };
    return { plan, organisation, tables, meta };
  }

  /** The role (`executive`, `liaison`) of each of these users: the files name roles, never people. */
  private async rolesOf(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const users = await this.users.findByIds(wanted);
    return new Map(users.map((user) => [user.id, user.role.toLowerCase()]));
  }

  private revisionRows(
    revisions: readonly Revision[],
    roles: ReadonlyMap<string, string>,
    subjects: {
      organisation: Organisation;
      plan: ActionPlan;
      reportById: ReadonlyMap<string, Report>;
      recommendationById: ReadonlyMap<string, Recommendation>;
      findings: readonly Finding[];
      commitmentById: ReadonlyMap<string, { reference: string }>;
      milestoneById: ReadonlyMap<string, { reference: string; commitmentId: string }>;
    },
  ): Row[] {
    const reportSlug = (id: string | null | undefined) => subjects.reportById.get(id ?? '')?.slug ?? '';
    const findingById = new Map(subjects.findings.map((finding) => [finding.id, finding]));
    /** Findings deleted since: numbered within their report in the order they first appear in the history. */
    const removed = new Map<string, string>();
    const removedCount = new Map<string, number>();
    const keyOf = (revision: Revision): string => {
      switch (revision.subjectType) {
        case RevisionSubject.ORGANISATION:
          return subjects.organisation.slug;
        case RevisionSubject.PLAN:
          return subjects.plan.slug;
        case RevisionSubject.REPORT:
          return reportSlug(revision.subjectId);
        case RevisionSubject.RECOMMENDATION: {
          const recommendation = subjects.recommendationById.get(revision.subjectId);
          return `${reportSlug(recommendation?.reportId)} ${recommendation?.reference ?? ''}`;
        }
        case RevisionSubject.FINDING: {
          const finding = findingById.get(revision.subjectId);
          if (finding) return `${reportSlug(finding.reportId)} finding ${finding.position}`;
          let key = removed.get(revision.subjectId);
          if (!key) {
            const slug = reportSlug(revision.reportId);
            const n = (removedCount.get(slug) ?? 0) + 1;
            removedCount.set(slug, n);
            key = `${slug} removed finding ${n}`;
            removed.set(revision.subjectId, key);
          }
          return key;
        }
        case RevisionSubject.COMMITMENT:
          return subjects.commitmentById.get(revision.subjectId)?.reference ?? '';
        case RevisionSubject.MILESTONE: {
          const milestone = subjects.milestoneById.get(revision.subjectId);
          const commitment = subjects.commitmentById.get(milestone?.commitmentId ?? '');
          return `${commitment?.reference ?? ''} ${milestone?.reference ?? ''}`;
        }
        // Roundtables are not open data: findForPlan reads none of their revisions.
        case RevisionSubject.ROUNDTABLE:
        case RevisionSubject.ASK:
          return revision.subjectId;
      }
    };
    const rows = revisions.map((revision) => ({
      revision_id: revision.id,
      subject_type: revision.subjectType,
      subject_key: keyOf(revision),
      field: revision.field,
      before: text(revision.before),
      after: text(revision.after),
      version: String(revision.version),
      recorded_at: revision.createdAt,
      actor: roles.get(revision.actorId ?? '') ?? null,
    }));
    // Oldest first; edits made at the same instant in the order of their key, which every installation shares.
    return rows.sort(
      (a, b) =>
        byText(a.recorded_at, b.recorded_at) ||
        byText(a.subject_type, b.subject_type) ||
        byText(a.subject_key, b.subject_key) ||
        byText(a.field, b.field) ||
        Number(a.version) - Number(b.version),
    );
  }
}
