import { useEffect, useState } from 'react';
import { fetchTenant, type TenantLoadError } from './fetch-tenant';
import type { PublicTenant } from './tenant';

export type TenantState =
  | { status: 'loading' }
  | { status: 'ready'; tenant: PublicTenant }
  | { status: 'error'; error: TenantLoadError };

/** Loads the tenant for the current host once; abandons the request if the component goes away. */
export function useTenant(): TenantState {
  const [state, setState] = useState<TenantState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchTenant(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState(
          result.ok ? { status: 'ready', tenant: result.tenant } : { status: 'error', error: result.error },
        );
      },
      () => {
        // Only an aborted request rejects, and then nobody is waiting for the answer.
      },
    );
    return () => controller.abort();
  }, []);

  return state;
}
