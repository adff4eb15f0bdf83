import { Entity, Index, PrimaryColumn } from 'typeorm';

/** The plans a liaison speaks for. */
@Entity('liaison_plan')
export class LiaisonPlan {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'user_id' })
  userId: string;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'plan_id' })
  planId: string;
}
