import { EntityManager, In } from 'typeorm';
import { CommitmentRecommendation } from '../../commitments/commitment-recommendation.entity';
import { Commitment } from '../../commitments/commitment.entity';
import { Evidence } from '../../ledger/evidence.entity';
import { StatusUpdate } from '../../ledger/status-update.entity';
import { Milestone } from '../../milestones/milestone.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { ActionPlan } from '../../plans/action-plan.entity';
import { PlanReport } from '../../plans/plan-report.entity';
import { Finding } from '../../reports/finding.entity';
import { Recommendation } from '../../reports/recommendation.entity';
import { Report } from '../../reports/report.entity';
import { Revision } from '../../revisions/revision.entity';

/** The part of the database an import of one plan reads and compares with, read in its transaction. */
export interface ImportState {
  organisation: Organisation;
  /** The plan with the file's slug, if it exists, in this organisation or another. */
  plan: ActionPlan | null;
  planReportIds: Set<string>;
  /** The organisation's reports by slug. */
  reports: Map<string, Report>;
  findings: Map<string, Finding>;
  recommendations: Map<string, Recommendation>;
  commitments: Map<string, Commitment>;
  links: Set<string>;
  milestones: Map<string, Milestone>;
  /** The plan's ledger, oldest first: entry N is `entries[N - 1]`. */
  entries: StatusUpdate[];
  evidence: Map<string, Evidence[]>;
  /** Keys (subject type, subject id, field, version) of the revisions already recorded. */
  revisionKeys: Set<string>;
}

export const findingKey = (reportSlug: string, position: string | number): string =>
  `${reportSlug} finding ${position}`;
export const recommendationKey = (reportSlug: string, reference: string): string => `${reportSlug} ${reference}`;
export const milestoneKey = (commitment: string, reference: string): string => `${commitment} ${reference}`;
export const linkKey = (commitment: string, reportSlug: string, reference: string): string =>
  `${commitment} → ${reportSlug} ${reference}`;
export const revisionKey = (subjectType: string, subjectId: string, field: string, version: number | string): string =>
  `${subjectType}|${subjectId}|${field}|${version}`;

export async function readState(
  manager: EntityManager,
  organisation: Organisation,
  planSlug: string,
): Promise<ImportState> {
  const plan = await manager.findOneBy(ActionPlan, { slug: planSlug });
  const ownPlan = plan && plan.organisationId === organisation.id ? plan : null;
  const reports = await manager.findBy(Report, { organisationId: organisation.id });
  const reportIds = reports.map((report) => report.id);
  const slugOf = new Map(reports.map((report) => [report.id, report.slug]));
  // One after another: a transaction is one connection, which runs one statement at a time.
  const findings = await manager.find(Finding, { where: { reportId: In(reportIds) }, order: { position: 'ASC' } });
  const recommendations = await manager.find(Recommendation, {
    where: { reportId: In(reportIds) },
    order: { position: 'ASC' },
  });
  const state: ImportState = {
    organisation,
    plan,
    planReportIds: new Set(),
    reports: new Map(reports.map((report) => [report.slug, report])),
    findings: new Map(findings.map((row) => [findingKey(slugOf.get(row.reportId)!, row.position), row])),
    recommendations: new Map(
      recommendations.map((row) => [recommendationKey(slugOf.get(row.reportId)!, row.reference), row]),
    ),
    commitments: new Map(),
    links: new Set(),
    milestones: new Map(),
    entries: [],
    evidence: new Map(),
    revisionKeys: new Set(),
  };
  const revisionSubjects = [
    organisation.id,
    ...reportIds,
    ...findings.map((f) => f.id),
    ...recommendations.map((r) => r.id),
  ];
  if (ownPlan) {
    const links = await manager.findBy(PlanReport, { planId: ownPlan.id });
    const commitments = await manager.find(Commitment, { where: { planId: ownPlan.id }, order: { position: 'ASC' } });
    const milestones = await manager.find(Milestone, { where: { planId: ownPlan.id }, order: { position: 'ASC' } });
    const entries = await manager.find(StatusUpdate, { where: { planId: ownPlan.id }, order: { sequence: 'ASC' } });
    state.planReportIds = new Set(links.map((link) => link.reportId));
    const referenceOf = new Map(commitments.map((row) => [row.id, row.reference]));
    state.commitments = new Map(commitments.map((row) => [row.reference, row]));
    state.milestones = new Map(
      milestones.map((row) => [milestoneKey(referenceOf.get(row.commitmentId)!, row.reference), row]),
    );
    state.entries = entries;
    const recommendationById = new Map(recommendations.map((row) => [row.id, row]));
    const commitmentLinks = await manager.findBy(CommitmentRecommendation, {
      commitmentId: In(commitments.map((row) => row.id)),
    });
    for (const link of commitmentLinks) {
      const recommendation = recommendationById.get(link.recommendationId);
      if (recommendation)
        state.links.add(
          linkKey(referenceOf.get(link.commitmentId)!, slugOf.get(recommendation.reportId)!, recommendation.reference),
        );
    }
    const evidence = await manager.find(Evidence, {
      where: { statusUpdateId: In(entries.map((entry) => entry.id)) },
      order: { position: 'ASC' },
    });
    for (const item of evidence)
      state.evidence.set(item.statusUpdateId, [...(state.evidence.get(item.statusUpdateId) ?? []), item]);
    revisionSubjects.push(ownPlan.id, ...commitments.map((row) => row.id), ...milestones.map((row) => row.id));
  }
  const revisions = await manager.find(Revision, {
    select: { subjectType: true, subjectId: true, field: true, version: true },
    where: { subjectId: In(revisionSubjects) },
  });
  state.revisionKeys = new Set(revisions.map((r) => revisionKey(r.subjectType, r.subjectId, r.field, r.version)));
  return state;
}
