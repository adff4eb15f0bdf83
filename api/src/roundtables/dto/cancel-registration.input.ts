import { InputType } from '@nestjs/graphql';
import { TextField } from '../../common/input-fields';

/** Cancels a registration with the private token from its confirmation. */
@InputType()
export class CancelRegistrationInput {
  @TextField(200, { description: 'The token from the private cancel link.' })
  token: string;
}
