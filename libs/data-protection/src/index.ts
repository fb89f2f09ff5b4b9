export * from './lib/personal-data.types';
export * from './lib/personal-data-detector';
export * from './lib/redaction';
export * from './lib/detector-evaluation';
export { validateCustomPattern, hasNestedQuantifier, MAX_CUSTOM_PATTERN_INPUT, MAX_CUSTOM_PATTERN_LENGTH } from './lib/custom-patterns';
export type { CustomPatternErrorCode, CustomPatternValidation } from './lib/custom-patterns';
export { DEFAULT_UNHCR_PREFIXES } from './lib/unhcr-numbers';
export { DEFAULT_NATIONAL_ID_LENGTHS } from './lib/simple-identifiers';
export { isInsideLebanon, MIN_COORDINATE_DECIMALS } from './lib/coordinates';
