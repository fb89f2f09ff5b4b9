import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreateTagInput {
  @Field()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(LIMITS.tagMax)
  label!: string;

  @Field(() => [String], { nullable: true, description: 'Other words for the same thing, any language.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItemsMax)
  @IsString({ each: true })
  @MaxLength(LIMITS.tagMax, { each: true })
  synonyms?: string[];
}

@InputType()
export class UpdateTagInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(LIMITS.tagMax)
  label?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the synonyms.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItemsMax)
  @IsString({ each: true })
  @MaxLength(LIMITS.tagMax, { each: true })
  synonyms?: string[];
}
