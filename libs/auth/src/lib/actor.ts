import { createParamDecorator } from '@nestjs/common';

/** Who made a change, as the change log records it. */
export interface Actor {
  label: string;
}

/**
 * Until staff login exists no request reaches an editorial route (the roles guard refuses them
 * all), so every recorded change names this placeholder; login replaces it with the real user.
 */
export const PLACEHOLDER_ACTOR: Actor = { label: 'ukendt medarbejder (før login)' };

/** The actor behind the request. */
export const CurrentActor = createParamDecorator((): Actor => PLACEHOLDER_ACTOR);
