import { ParseEnumPipe } from '@nestjs/common';
import { invalidParameter } from '@socialkompas/http';
import { LIFECYCLE_ACTIONS } from './lifecycle';

const actions = Object.fromEntries(LIFECYCLE_ACTIONS.map((action) => [action, action]));

/** A lifecycle `:action` path parameter. */
export const lifecycleActionParam = new ParseEnumPipe(actions, {
  exceptionFactory: () =>
    invalidParameter('action', `action skal være en af ${LIFECYCLE_ACTIONS.join(', ')}.`),
});
