import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { SlugNamespace } from '../common/slug-namespace';
import { Transactions } from '../common/transactions';
import { EditsService } from '../revisions/edits.service';
import { RevisionSubject } from '../revisions/revision.entity';
import { CreateRecommendationInput } from './dto/create-recommendation.input';
import { CreateReportInput } from './dto/create-report.input';
import { UpdateRecommendationInput } from './dto/update-recommendation.input';
import { UpdateReportInput } from './dto/update-report.input';
import { duplicateAs, referenceTaken, slugTaken } from '../common/duplicates';
import { Finding } from './finding.entity';
import { Recommendation, RecommendationResponse } from './recommendation.entity';
import { Report } from './report.entity';

@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    @InjectRepository(Recommendation) private readonly recommendations: Repository<Recommendation>,
    private readonly access: AccessPolicy,
    private readonly edits: EditsService,
    private readonly slugs: SlugNamespace,
    private readonly transactions: Transactions,
  ) {}

  async getBySlug(slug: string): Promise<Report> {
    const report = await this.reports.findOneBy({ slug });
    if (!report) throw notFound('report', slug);
    return report;
  }

  async getById(id: string): Promise<Report> {
    const report = await this.reports.findOneBy({ id });
    if (!report) throw notFound('report', id);
    return report;
  }

  async getRecommendationById(id: string): Promise<Recommendation> {
    const recommendation = await this.recommendations.findOneBy({ id });
    if (!recommendation) throw notFound('recommendation', id);
    return recommendation;
  }

  findByIds(ids: readonly string[]): Promise<Report[]> {
    return this.reports.findBy({ id: In([...ids]) });
  }

  findByOrganisationIds(ids: readonly string[]): Promise<Report[]> {
    return this.reports.find({
      where: { organisationId: In([...ids]) },
      order: { publishedOn: { direction: 'DESC', nulls: 'LAST' }, title: 'ASC' },
    });
  }

  findFindingsByReportIds(ids: readonly string[]): Promise<Finding[]> {
    return this.findings.find({ where: { reportId: In([...ids]) }, order: { position: 'ASC' } });
  }

  findRecommendationsByReportIds(ids: readonly string[]): Promise<Recommendation[]> {
    return this.recommendations.find({ where: { reportId: In([...ids]) }, order: { position: 'ASC' } });
  }

  findRecommendationsByIds(ids: readonly string[]): Promise<Recommendation[]> {
    return this.recommendations.find({ where: { id: In([...ids]) }, order: { position: 'ASC' } });
  }

  /** The organisation the actor writes for: their own, as its executive. */
  private ownOrganisation(actor: SignedInActor): string {
    const organisationId = actor.user.organisationId ?? '';
    this.access.assertExecutiveOf(actor.user, organisationId);
    return organisationId;
  }

  async create(input: CreateReportInput, actor: SignedInActor): Promise<Report> {
    const organisationId = this.ownOrganisation(actor);
    return this.transactions
      .run(async (manager) => {
        await this.slugs.assertFree(manager, input.slug);
        const now = nowIso();
        const report = Object.assign(new Report(), {
          id: newId(),
          organisationId,
          slug: input.slug,
          title: input.title,
          publishedOn: input.publishedOn ?? null,
          summary: input.summary ?? '',
          url: input.url ?? null,
          isIllustrative: false,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        return this.edits.create(manager, Report, RevisionSubject.REPORT, report, actor);
      })
      .catch(duplicateAs('report', 'slug', () => slugTaken(input.slug)));
  }

  async update(input: UpdateReportInput, actor: SignedInActor): Promise<Report> {
    const { organisationId } = await this.getById(input.id);
    this.access.assertExecutiveOf(actor.user, organisationId);
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(Report, { id: input.id });
      return this.edits.apply(manager, {
        entity: Report,
        subject: RevisionSubject.REPORT,
        row,
        version: input.version,
        changes: {
          title: input.title,
          publishedOn: input.publishedOn,
          summary: input.summary === null ? '' : input.summary,
          url: input.url,
        },
        actor,
        commitmentId: null,
      });
    });
  }

  async createRecommendation(input: CreateRecommendationInput, actor: SignedInActor): Promise<Recommendation> {
    const report = await this.getById(input.reportId);
    this.access.assertExecutiveOf(actor.user, report.organisationId);
    return this.transactions
      .run(async (manager) => {
        if (await manager.existsBy(Recommendation, { reportId: report.id, reference: input.reference })) {
          throw referenceTaken(input.reference, 'report');
        }
        const last = (await manager.maximum(Recommendation, 'position', { reportId: report.id })) ?? 0;
        const now = nowIso();
        const recommendation = Object.assign(new Recommendation(), {
          id: newId(),
          reportId: report.id,
          reference: input.reference,
          title: input.title,
          body: input.body ?? '',
          theme: input.theme || null,
          response: input.response ?? RecommendationResponse.NO_RESPONSE,
          position: last + 1,
          isIllustrative: false,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        return this.edits.create(manager, Recommendation, RevisionSubject.RECOMMENDATION, recommendation, actor);
      })
      .catch(duplicateAs('recommendation', 'reference', () => referenceTaken(input.reference, 'report')));
  }

  async updateRecommendation(input: UpdateRecommendationInput, actor: SignedInActor): Promise<Recommendation> {
    const { reportId } = await this.getRecommendationById(input.id);
    this.access.assertExecutiveOf(actor.user, (await this.getById(reportId)).organisationId);
    const reference = input.reference;
    return this.transactions
      .run(async (manager) => {
        const row = await manager.findOneByOrFail(Recommendation, { id: input.id });
        if (
          reference !== undefined &&
          reference !== row.reference &&
          (await manager.existsBy(Recommendation, { reportId: row.reportId, reference }))
        ) {
          throw referenceTaken(reference, 'report');
        }
        return this.edits.apply(manager, {
          entity: Recommendation,
          subject: RevisionSubject.RECOMMENDATION,
          row,
          version: input.version,
          changes: {
            reference,
            title: input.title,
            body: input.body === null ? '' : input.body,
            theme: input.theme === '' ? null : input.theme,
            response: input.response,
          },
          actor,
          commitmentId: null,
        });
      })
      .catch(duplicateAs('recommendation', 'reference', () => referenceTaken(reference ?? '', 'report')));
  }
}
