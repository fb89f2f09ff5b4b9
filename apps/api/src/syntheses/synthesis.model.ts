import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { SensitivityLevel } from '@hub/domain';
import { SensitivityLevelEnum } from '../content/content.enums';

@ObjectType('Synthesis', { description: 'A sector lead’s synthesis of the contributions; every version is kept.' })
export class SynthesisModel {
  @Field(() => Int)
  version!: number;

  @Field({ description: 'Markdown source.' })
  body!: string;

  @Field(() => SensitivityLevelEnum)
  sensitivity!: SensitivityLevel;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;

  questionId!: string;
  authorId!: string;
  citedContributions!: string[];
}
