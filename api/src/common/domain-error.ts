import { IntrinsicException } from '@nestjs/common';
import { truncate } from './echo';

/** The error codes clients see in `extensions.code` (docs/security.md, "Errors"). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * An error the client caused or may act on; its message is safe to show. It is an expected
 * answer, not a fault, so Nest does not log it as one (IntrinsicException).
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** NOT_FOUND naming what was looked for, and the key it was looked for by (cut short if long). */
export const notFound = (what: string, key: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `No ${what} found for ${JSON.stringify(truncate(key))}`, {
    what,
    key: truncate(key),
  });

export const badInput = (message: string, field?: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
