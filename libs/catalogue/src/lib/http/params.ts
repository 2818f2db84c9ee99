import { BadRequestException, ParseEnumPipe, ParseUUIDPipe } from '@nestjs/common';
import { LIFECYCLE_ACTIONS } from '../lifecycle/lifecycle';

function invalidParameter(field: string, message: string): BadRequestException {
  return new BadRequestException({ title: 'Ugyldig adresse', detail: message, errors: [{ field, message }] });
}

/** An `:id` path parameter that must be a UUID. */
export const uuidParam = new ParseUUIDPipe({
  exceptionFactory: () =>
    invalidParameter('id', 'id skal være et UUID, fx 3f2c1e9a-5b7d-4c1e-9f0a-2b3c4d5e6f70.'),
});

const actions = Object.fromEntries(LIFECYCLE_ACTIONS.map((action) => [action, action]));

/** A lifecycle `:action` path parameter. */
export const lifecycleActionParam = new ParseEnumPipe(actions, {
  exceptionFactory: () =>
    invalidParameter('action', `action skal være en af ${LIFECYCLE_ACTIONS.join(', ')}.`),
});
