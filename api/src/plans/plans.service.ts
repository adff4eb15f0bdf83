import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { notFound } from '../common/domain-error';
import { ActionPlan } from './action-plan.entity';
import { PlanReport } from './plan-report.entity';

@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    @InjectRepository(PlanReport) private readonly planReports: Repository<PlanReport>,
  ) {}

  async getBySlug(slug: string): Promise<ActionPlan> {
    const plan = await this.plans.findOneBy({ slug });
    if (!plan) throw notFound('plan', slug);
    return plan;
  }

  async getById(id: string): Promise<ActionPlan> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw notFound('plan', id);
    return plan;
  }

  findByIds(ids: readonly string[]): Promise<ActionPlan[]> {
    return this.plans.findBy({ id: In([...ids]) });
  }

  findByOrganisationIds(ids: readonly string[]): Promise<ActionPlan[]> {
    return this.plans.find({ where: { organisationId: In([...ids]) }, order: { agreedOn: 'DESC', title: 'ASC' } });
  }

  findReportLinksByPlanIds(ids: readonly string[]): Promise<PlanReport[]> {
    return this.planReports.findBy({ planId: In([...ids]) });
  }

  findPlanLinksByReportIds(ids: readonly string[]): Promise<PlanReport[]> {
    return this.planReports.findBy({ reportId: In([...ids]) });
  }
}
