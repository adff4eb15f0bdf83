import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../../common/input-fields';
import { ConnectionArgs } from '../../common/pagination';

@ArgsType()
export class RegistrationsArgs extends ConnectionArgs {
  @IdField()
  roundtableId: string;
}
