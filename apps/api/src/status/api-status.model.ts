import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A dependency of the API and whether it answers now.' })
export class DependencyStatus {
  @Field()
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is not OK, or which engine answers.' })
  detail?: string | null;
}

@ObjectType({ description: 'What the API reports about itself, shown on the status page.' })
export class ApiStatus {
  @Field()
  version!: string;

  @Field()
  ready!: boolean;

  @Field(() => DependencyStatus)
  database!: DependencyStatus;

  @Field(() => DependencyStatus)
  search!: DependencyStatus;
}
