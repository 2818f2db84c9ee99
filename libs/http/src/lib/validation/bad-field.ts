import { BadRequestException } from '@nestjs/common';

/** A 400 problem naming the one field at fault, for what a DTO's own validation cannot see. */
export function badField(field: string, message: string): BadRequestException {
  return new BadRequestException({
    title: 'Ugyldige oplysninger',
    detail: message,
    errors: [{ field, message }],
  });
}
