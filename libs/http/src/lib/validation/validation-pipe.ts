import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldErrorDto } from '../problems/problem-details.dto';

function flatten(errors: ValidationError[], parent = ''): FieldErrorDto[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: constraint === 'whitelistValidation' ? `Feltet "${field}" er ikke tilladt her.` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every body, query and param DTO; unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new BadRequestException({
        title: 'Ugyldige oplysninger',
        detail: `Ret ${fieldErrors.length === 1 ? 'feltet' : 'felterne'}: ${[...new Set(fieldErrors.map((error) => error.field))].join(', ')}.`,
        errors: fieldErrors,
      });
    },
  });
}
