import { Field, ID, InputType, Int, PartialType, OmitType } from '@nestjs/graphql';
import { IsInt, IsMongoId, Min } from 'class-validator';
import { AskQuestionInput } from './ask-question.input';

@InputType()
export class UpdateQuestionInput extends PartialType(OmitType(AskQuestionInput, ['publish'] as const)) {
  @Field(() => ID)
  @IsMongoId({ message: 'must be a question id' })
  id!: string;

  @Field(() => Int, { description: 'The version the edit was made on; a newer one means someone else edited first (CONFLICT).' })
  @IsInt()
  @Min(1)
  version!: number;
}
