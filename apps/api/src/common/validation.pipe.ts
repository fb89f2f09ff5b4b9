import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { FieldProblem, HubError } from './hub-error';

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates every GraphQL input class with its class-validator rules and reports each failing
 * field. Unknown properties are rejected, so operator injection such as {"$gt": ""} in place of a
 * value never reaches a query.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || [String, Boolean, Number, Array, Object].includes(type as never) || value === null || value === undefined) {
      return value;
    }
    if (typeof value !== 'object') return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    if (errors.length > 0) throw HubError.invalid(flatten(errors, metadata.data ?? ''));
    return instance;
  }
}
