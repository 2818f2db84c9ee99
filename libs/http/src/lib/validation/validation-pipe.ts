import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldErrorDto } from '../problems/problem-details.dto';
import { itemPrefix } from './item-label';

/** What a field that no DTO declares is told, whether validation or the hostile-input check finds it. */
export const unknownFieldMessage = (field: string) => `Feltet "${field}" er ikke tilladt her.`;

/**
 * The 400 problem for refused input: each field at fault with its own message. The detail repeats
 * the messages, which name the fields as people know them, not by the API's names.
 */
export function invalidFields(fieldErrors: FieldErrorDto[]): BadRequestException {
  return new BadRequestException({
    title: 'Ugyldige oplysninger',
    detail: [...new Set(fieldErrors.map((error) => error.message))].join(' '),
    errors: fieldErrors,
  });
}

/** Each field's messages; those of a labelled list item say which item ("Sted 2: …"). */
function flatten(errors: ValidationError[], parent = '', prefix = ''): FieldErrorDto[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: prefix + (constraint === 'whitelistValidation' ? unknownFieldMessage(field) : message),
    }));
    const childPrefix = prefix + itemPrefix(error.property, error.value);
    return [...own, ...flatten(error.children ?? [], field, childPrefix)];
  });
}

/** Validates every body, query and param DTO; unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Errors keep the value of each list item, for the item's label (see itemPrefix); no value
    // reaches the answer, which holds only fields and messages.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => invalidFields(flatten(errors)),
  });
}
