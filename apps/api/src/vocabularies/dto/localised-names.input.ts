import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType('LocalisedNamesInput')
export class LocalisedNamesInput {
  @Field()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(LIMITS.nameMax)
  en!: string;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(LIMITS.nameMax)
  ar!: string;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(LIMITS.nameMax)
  fr!: string;
}

/** Changes some of the names; the languages left out keep their name. */
@InputType('LocalisedNamesPatch')
export class LocalisedNamesPatch {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(LIMITS.nameMax)
  en?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(LIMITS.nameMax)
  ar?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(LIMITS.nameMax)
  fr?: string;
}

/** Validation of an aliases list, shared by the inputs that carry one. */
export function AliasesField(): PropertyDecorator {
  return (target, property) => {
    Field(() => [String], { nullable: true, description: 'Other names and spellings, any language; replaces the list.' })(target, property);
    IsOptional()(target, property);
    IsArray()(target, property);
    ArrayMaxSize(LIMITS.listItemsMax)(target, property);
    IsString({ each: true })(target, property);
    MaxLength(LIMITS.nameMax, { each: true })(target, property);
  };
}
