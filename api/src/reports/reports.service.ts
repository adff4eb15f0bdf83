import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { notFound } from '../common/domain-error';
import { Finding } from './finding.entity';
import { Recommendation } from './recommendation.entity';
import { Report } from './report.entity';

@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    @InjectRepository(Recommendation) private readonly recommendations: Repository<Recommendation>,
  ) {}

  async getBySlug(slug: string): Promise<Report> {
    const report = await this.reports.findOneBy({ slug });
    if (!report) throw notFound('report', slug);
    return report;
  }

  findByIds(ids: readonly string[]): Promise<Report[]> {
    return this.reports.findBy({ id: In([...ids]) });
  }

  findByOrganisationIds(ids: readonly string[]): Promise<Report[]> {
    return this.reports.find({ where: { organisationId: In([...ids]) }, order: { publishedOn: 'DESC', title: 'ASC' } });
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
}
