import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A plan answers one or more reports; a report may be answered by several plans. */
@Entity('plan_report')
export class PlanReport {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'plan_id' })
  planId: string;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'report_id' })
  reportId: string;
}
