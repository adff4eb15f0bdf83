import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const [error] = errors;
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints) return { field, message: Object.values(error.constraints)[0] };
  return firstProblem(error.children ?? [], field);
}

/** Validates every argument and input with class-validator; a problem becomes BAD_USER_INPUT naming the field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  exceptionFactory: (errors) => {
    const { field, message } = firstProblem(errors);
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
  },
});
