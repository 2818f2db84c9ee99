import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { TenantContext } from '../tenant/tenant-context';
import type { PublicTenant } from '../tenant/tenant';

export const TEST_TENANT: PublicTenant = {
  slug: 'aarhus',
  name: 'Aarhus Kommune',
  kind: 'municipality',
  theme: { primaryColor: '#1d4f73', primaryTextColor: '#ffffff' },
};

/** Renders a page as the app frame does: with a query client, a router at `path` and the tenant. */
export function renderPage(page: ReactElement, { path = '/', tenant = TEST_TENANT } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return {
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[path]}>
          <TenantContext.Provider value={tenant}>{page}</TenantContext.Provider>
        </MemoryRouter>
      </QueryClientProvider>,
    ),
  };
}
