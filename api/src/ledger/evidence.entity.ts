import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EvidenceKind } from '@tracker/rules';
import { Column, Entity, Index } from 'typeorm';
import { DateColumn, IdColumn, RefColumn, StringColumn } from '../common/columns';
import { DateScalar } from '../common/scalars';
import './ledger.graphql-enums';

@ObjectType({ description: 'A public source backing a ledger entry.' })
@Entity('evidence')
export class Evidence {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Index()
  @RefColumn({ name: 'status_update_id' })
  statusUpdateId: string;

  @Field()
  @StringColumn(2000)
  url: string;

  @Field()
  @StringColumn(300)
  title: string;

  @Field(() => EvidenceKind)
  @StringColumn(20)
  kind: EvidenceKind;

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ name: 'published_on' })
  publishedOn: string | null;

  @Column({ type: 'integer' })
  position: number;
}
