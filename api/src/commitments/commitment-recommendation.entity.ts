import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Which recommendations a commitment answers (many-to-many). */
@Entity('commitment_recommendation')
export class CommitmentRecommendation {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'commitment_id' })
  commitmentId: string;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'recommendation_id' })
  recommendationId: string;
}
