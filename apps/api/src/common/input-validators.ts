import { applyDecorators } from '@nestjs/common';
import { LIMITS } from '@hub/domain';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

/** A list of vocabulary codes (sectors, places, cohorts) or tag labels, within the input limits. */
export const CodeList = (maxItems: number = LIMITS.listItemsMax) =>
  applyDecorators(IsArray(), ArrayMaxSize(maxItems), IsString({ each: true }), MaxLength(LIMITS.tagMax, { each: true }));
