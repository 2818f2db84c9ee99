import { ApiError } from '../http/problem';
import type { EditorOffer } from './staff-api';

function isOffer(value: unknown): value is EditorOffer {
  if (typeof value !== 'object' || value === null) return false;
  const { id, version } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof version === 'number';
}

/**
 * The offer as someone else saved it, when a save failed because the editor's version was stale:
 * the API's 409 carries it as the problem's `current` member.
 */
export function conflictingOffer(error: unknown): EditorOffer | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const current = error.problem?.body.current;
  return isOffer(current) ? current : undefined;
}
