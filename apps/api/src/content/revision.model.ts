import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserSummaryModel } from '../accounts/accounts.models';

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field()
  field!: string;

  @Field()
  before!: string;

  @Field()
  after!: string;
}

@ObjectType('Revision', { description: 'One edit: who, when, and what changed.' })
export class RevisionModel {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => UserSummaryModel, { nullable: true })
  by!: UserSummaryModel | null;

  @Field(() => [FieldChangeModel])
  changes!: FieldChangeModel[];
}
