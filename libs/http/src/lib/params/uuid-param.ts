import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** A 400 problem naming the path parameter that is wrong. */
export function invalidParameter(field: string, message: string): BadRequestException {
  return new BadRequestException({ title: 'Ugyldig adresse', detail: message, errors: [{ field, message }] });
}

/** An `:id` path parameter that must be a UUID. */
export const uuidParam = new ParseUUIDPipe({
  exceptionFactory: () =>
    invalidParameter('id', 'id skal være et UUID, fx 3f2c1e9a-5b7d-4c1e-9f0a-2b3c4d5e6f70.'),
});
