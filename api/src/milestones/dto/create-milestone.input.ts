import { InputType } from '@nestjs/graphql';
import { DateField, IdField, NullableTextField, TextField } from '../../common/input-fields';

@InputType()
export class CreateMilestoneInput {
  @IdField('The commitment the milestone belongs to.')
  commitmentId: string;

  @TextField(300)
  title: string;

  @NullableTextField(5000)
  description?: string | null;

  @DateField()
  dueDate?: string | null;
}
