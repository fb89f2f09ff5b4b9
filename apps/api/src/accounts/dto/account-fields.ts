import { applyDecorators } from '@nestjs/common';
import { LIMITS, ROLES } from '@hub/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** Validation shared by the accounts inputs, so every field of a kind has the same limits. */
export const EmailField = () => applyDecorators(IsEmail({}, { message: 'must be an e-mail address' }), MaxLength(LIMITS.emailMax));

export const NameField = (max: number = LIMITS.nameMax) =>
  applyDecorators(IsString(), Matches(/\S/, { message: 'must not be blank' }), MaxLength(max));

export const OptionalNameField = (max: number = LIMITS.nameMax) => applyDecorators(IsOptional(), NameField(max));

export const NewPasswordField = () =>
  applyDecorators(
    IsString(),
    MinLength(LIMITS.passwordMin, { message: `must be at least ${LIMITS.passwordMin} characters` }),
    MaxLength(LIMITS.passwordMax, { message: `must be at most ${LIMITS.passwordMax} characters` }),
  );

/** The token from an invitation or reset link; its exact form is checked by the service. */
export const LinkTokenField = () => applyDecorators(IsString(), MinLength(1, { message: 'is required' }), MaxLength(100));

export const RolesField = () =>
  applyDecorators(IsArray(), ArrayMinSize(1, { message: 'must hold at least one role' }), ArrayMaxSize(ROLES.length * 2), IsIn(ROLES, { each: true }));

/**
 * Sector codes: non-blank strings within limits. They are not checked against the sector
 * vocabulary here (that module is separate), only shaped.
 */
export const SectorCodesField = () =>
  applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(LIMITS.listItemsMax),
    IsString({ each: true }),
    Matches(/\S/, { each: true, message: 'each sector code must not be blank' }),
    MaxLength(LIMITS.tagMax, { each: true }),
  );
