import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, HubError } from './hub-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * Expected failures are answers, not incidents: they go to the client as typed errors without
 * an error-level log line (Nest's default handler logs every non-HTTP exception as an error).
 */
@Catch(HubError)
export class HubErrorFilter implements ExceptionFilter {
  catch(error: HubError, host: ArgumentsHost): HubError | void {
    if (host.getType<string>() === 'graphql') return error; // formatted by common/graphql-errors.ts
    const response = host.switchToHttp().getResponse<Response>();
    if (error.details.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(error.details.retryAfterSeconds));
    response.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, ...(error.details.fields ? { fields: error.details.fields } : {}) });
  }
}
