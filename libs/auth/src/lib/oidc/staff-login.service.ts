import {
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Response } from 'express';
import { TenancyService, tenantOf } from '@socialkompas/tenancy';
import type { StaffAwareRequest } from '../access/staff-request';
import { actorOf, clientAddress } from '../audit/actor';
import { AuditLog } from '../audit/audit-log';
import { startLoggedInSession } from '../session/start-session';
import { StaffDirectory, VerifiedIdentity } from '../users/staff-directory';
import { IdTokenVerifier } from './id-token-verifier';
import { OidcRequestError } from './oidc-http';
import { runPassport } from './run-passport';
import { CodeExchangeResult, TenantStrategies } from './tenant-strategies';
import { identityFromClaims } from './verified-identity';

const REFUSALS: Record<string, string> = {
  no_mapped_role: 'Du er ikke længere i en gruppe, der giver adgang til Socialkompas i denne kommune.',
  not_invited:
    'Du er ikke inviteret til Socialkompas i denne kommune. Bed kommunens administrator om en invitation.',
  deactivated: 'Din adgang til Socialkompas i denne kommune er lukket.',
};

/**
 * The staff login flow: send the browser to the tenant's identity provider, take its answer at
 * the callback, decide who may in (StaffDirectory) and start a fresh session. Every login and
 * every failed one is written to the tenant's audit log.
 */
@Injectable()
export class StaffLoginService {
  constructor(
    private readonly strategies: TenantStrategies,
    private readonly idTokens: IdTokenVerifier,
    private readonly directory: StaffDirectory,
    private readonly auditLog: AuditLog,
    private readonly tenancy: TenancyService,
  ) {}

  async start(request: StaffAwareRequest, response: Response, returnTo: string): Promise<void> {
    const { strategy } = await this.strategies.forTenant(tenantOf(request).id);
    await runPassport(strategy, request, response, {
      state: { returnTo },
      callbackURL: callbackUrl(request),
    });
  }

  async finish(request: StaffAwareRequest, response: Response): Promise<void> {
    const tenant = tenantOf(request);
    const { strategy, settings, metadata } = await this.strategies.forTenant(tenant.id);
    // The library's token request has no time-out of its own: the person waits at most this long.
    const outcome = await withTimeout(
      runPassport(strategy, request, response, { callbackURL: callbackUrl(request) }),
      TOKEN_EXCHANGE_TIMEOUT_MS,
    ).catch((error: Error) => ({
      kind: 'failure' as const,
      message: `token_error: ${error.message}`,
      refusedRequest: refusedRequestOf(error),
    }));
    if (outcome.kind === 'redirected') return;
    if (outcome.kind === 'failure') {
      // The address policy refused the token request itself (DNS changed since discovery, say):
      // a problem of the set-up, said as such, not a doubtful answer from the IdP.
      if ('refusedRequest' in outcome && outcome.refusedRequest) {
        await this.refuse(request, outcome.message, null).catch(() => undefined);
        throw new ServiceUnavailableException({
          title: 'Login er ikke tilgængeligt',
          detail: outcome.refusedRequest.message,
        });
      }
      return this.refuse(request, outcome.message, null);
    }

    const { idToken } = outcome.user as CodeExchangeResult;
    let identity: VerifiedIdentity;
    try {
      const claims = await this.idTokens.verify(idToken, {
        issuer: metadata.issuer,
        audience: settings.clientId,
        jwksUri: metadata.jwks_uri,
      });
      identity = identityFromClaims(claims, settings);
    } catch (error) {
      return this.refuse(request, `invalid_id_token: ${(error as Error).message}`, null);
    }

    const result = await this.tenancy.run(tenant, async () => {
      const signIn = await this.directory.signIn(tenant, identity);
      await this.auditLog.record({
        entityType: 'user',
        entityId: signIn.userId,
        action: signIn.ok ? 'login' : 'login_failed',
        actor: {
          userId: signIn.userId,
          label: identity.name ?? identity.email ?? identity.subject,
          ip: clientAddress(request),
        },
        changes: signIn.ok
          ? { role: signIn.role, via: signIn.via }
          : { reason: signIn.reason, email: identity.email },
      });
      return signIn;
    });
    if (!result.ok) {
      throw new ForbiddenException({ title: 'Login afvist', detail: REFUSALS[result.reason] });
    }

    const returnTo = (outcome.info.state as { returnTo?: string } | undefined)?.returnTo ?? '/';
    await startLoggedInSession(request, {
      userId: result.userId,
      tenantId: tenant.id,
      authenticatedAt: Date.now(),
      via: 'oidc',
      idToken,
    });
    response.redirect(302, returnTo);
  }

  /** Ends the session here and returns where the browser should go to end it at the IdP too. */
  async logout(request: StaffAwareRequest): Promise<string> {
    const tenant = tenantOf(request);
    const login = request.session?.login;
    const home = `${request.protocol}://${request.headers.host}/`;
    if (!login || !request.staff) return home;
    await this.tenancy.run(tenant, () =>
      this.auditLog.record({
        entityType: 'user',
        entityId: login.userId,
        action: 'logout',
        actor: actorOf(request),
      }),
    );
    await new Promise<void>((resolve, reject) =>
      request.session.destroy((error) => (error ? reject(error) : resolve())),
    );
    // Someone who came by e-mail link has no session at an identity provider to end.
    if (!login.idToken) return home;
    const { settings, metadata } = await this.strategies.forTenant(tenant.id);
    if (!metadata.end_session_endpoint) return home;
    const endSession = new URL(metadata.end_session_endpoint);
    endSession.searchParams.set('id_token_hint', login.idToken);
    endSession.searchParams.set('client_id', settings.clientId);
    endSession.searchParams.set('post_logout_redirect_uri', home);
    return endSession.toString();
  }

  private async refuse(request: StaffAwareRequest, reason: string, userId: string | null): Promise<never> {
    await this.tenancy.run(tenantOf(request), () =>
      this.auditLog.record({
        entityType: 'user',
        entityId: userId,
        action: 'login_failed',
        actor: { userId, label: 'ukendt', ip: clientAddress(request) },
        changes: { reason },
      }),
    );
    throw new UnauthorizedException({
      title: 'Login mislykkedes',
      detail: 'Svaret fra identitetsudbyderen kunne ikke godkendes. Start forfra med at logge ind.',
    });
  }
}

const TOKEN_EXCHANGE_TIMEOUT_MS = 15_000;

/** The address policy's refusal inside passport's wrapper (InternalOAuthError keeps it as `oauthError`). */
function refusedRequestOf(error: unknown): OidcRequestError | null {
  const inner = (error as { oauthError?: unknown } | null)?.oauthError ?? error;
  return inner instanceof OidcRequestError && inner.kind === 'blocked' ? inner : null;
}

function withTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${milliseconds / 1000} s`)), milliseconds);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The callback on the tenant's own host; `request.protocol` honours the trusted proxy's https. */
const callbackUrl = (request: StaffAwareRequest) =>
  `${request.protocol}://${request.headers.host}/auth/callback`;
