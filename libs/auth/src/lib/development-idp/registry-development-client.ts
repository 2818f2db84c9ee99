import type { DevelopmentClient } from './development-idp';

/**
 * The development IdP's registration of the app, with a redirect URI for every tenant the
 * registry holds at the moment it is asked (`tenantUrls`, e.g. `http://odder.localhost:3000`):
 * a tenant created while the demo runs can log in at once, without a restart.
 */
export function registryDevelopmentClient(
  client: Pick<DevelopmentClient, 'clientId' | 'clientSecret'>,
  tenantUrls: () => Promise<string[]>,
): (clientId: string) => Promise<DevelopmentClient | undefined> {
  return async (clientId) => {
    if (clientId !== client.clientId) return undefined;
    const urls = await tenantUrls();
    return {
      ...client,
      redirectUris: urls.map((url) => `${url}/auth/callback`),
      postLogoutRedirectUris: urls.map((url) => `${url}/`),
    };
  };
}
