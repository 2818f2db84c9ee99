import { createContext, useContext } from 'react';
import type { PublicTenant } from './tenant';

export const TenantContext = createContext<PublicTenant | undefined>(undefined);

/** The current host's tenant; pages render only once it is known. */
export function useCurrentTenant(): PublicTenant {
  const tenant = useContext(TenantContext);
  if (!tenant) throw new Error('useCurrentTenant is used outside the page frame.');
  return tenant;
}
