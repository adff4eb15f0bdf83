import { InputType } from '@nestjs/graphql';
import { IdField } from '../../common/input-fields';

@InputType({ description: 'A pending invitation, by the id the People list gives.' })
export class InvitationIdInput {
  @IdField()
  id: string;
}
