import { ApiError } from '../http/problem';
import type { EditorOffer } from './staff-api';

function isVersioned(value: unknown): value is { id: string; version: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { id, version } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof version === 'number';
}

/**
 * The record as someone else saved it, when a save failed because the editor's version was stale:
 * the API's 409 carries it as the problem's `current` member.
 */
export function conflictingRecord<Saved extends { id: string; version: number }>(
  error: unknown,
): Saved | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const current = error.problem?.body.current;
  return isVersioned(current) ? (current as Saved) : undefined;
}

/** The offer as someone else saved it, when the editor's save of an older version was refused. */
export const conflictingOffer = (error: unknown) => conflictingRecord<EditorOffer>(error);
