import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CODE_MAX, CODE_PATTERN } from '../vocabulary-keys';

const CODE_MESSAGE = 'must be upper-case letters, digits, - or _ (at most 32)';

/** A vocabulary code (sector, cohort, P-code) as an input field. */
export function CodeField(options: { nullable?: boolean; description?: string } = {}): PropertyDecorator {
  return (target, property) => {
    Field(() => String, { nullable: options.nullable ?? false, description: options.description })(target, property);
    if (options.nullable) IsOptional()(target, property);
    IsString()(target, property);
    MaxLength(CODE_MAX)(target, property);
    Matches(CODE_PATTERN, { message: CODE_MESSAGE })(target, property);
  };
}
