import { readProblem, type Problem } from '../http/problem';
import { toPublicTenant, type PublicTenant } from './tenant';

export type TenantResult = { ok: true; tenant: PublicTenant } | { ok: false; error: TenantLoadError };

/** Why the tenant could not be loaded: the API said why, it could not be reached, or it made no sense. */
export type TenantLoadError =
  { kind: 'problem'; problem: Problem } | { kind: 'unreachable' } | { kind: 'invalid-response' };

/** Asks the API which municipality or region the current host belongs to. */
export async function fetchTenant(signal?: AbortSignal): Promise<TenantResult> {
  let response: Response;
  try {
    response = await fetch('/api/v1/tenant', { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { kind: 'unreachable' } };
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (problem) return { ok: false, error: { kind: 'problem', problem } };
    // A gateway or the dev proxy answering for an API that is down.
    const unreachable = response.status === 502 || response.status === 503 || response.status === 504;
    return { ok: false, error: { kind: unreachable ? 'unreachable' : 'invalid-response' } };
  }

  const tenant = toPublicTenant(await response.json().catch(() => undefined));
  return tenant ? { ok: true, tenant } : { ok: false, error: { kind: 'invalid-response' } };
}
