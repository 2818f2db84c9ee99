import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  AuditLog,
  AuthOptions,
  InviteUserDto,
  MembershipsService,
  OidcConfigDto,
  OidcHttp,
  OidcProviderAdmin,
  OidcSettingsService,
  PostgresSessionStore,
  StaffIdentity,
  StaffInvitations,
} from '@socialkompas/auth';
import { OutboxRepository, TenantMailer } from '@socialkompas/mail';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { tenantUrl } from '../config/tenant-url';
import { OPERATOR_ACTOR } from './cli-audit';
import { CliContext } from './cli-context';

/** The command line acts as the platform operator (see OPERATOR_ACTOR). */
const OPERATOR: StaffIdentity = {
  userId: '',
  tenantId: '',
  role: 'platform_admin',
  email: null,
  name: 'kommandolinjen',
};

/** The same DTO checks as the API's, so the command line refuses exactly what the API refuses. */
function validated<T extends object>(type: new () => T, plain: object): T {
  const instance = plainToInstance(type, plain);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const messages = errors.flatMap((error) => [
      ...Object.values(error.constraints ?? {}),
      ...(error.children ?? []).flatMap((child) => Object.values(child.constraints ?? {})),
    ]);
    throw new Error(messages.join('\n'));
  }
  return instance;
}

async function tenantOf(context: CliContext, slug: string): Promise<Tenant> {
  const tenant = await context.registry.findBySlug(slug);
  if (!tenant) throw new Error(`Ukendt tenant: ${slug}`);
  return tenant;
}

function services(context: CliContext) {
  const tenancy = new TenancyService(context.dataSource);
  const auditLog = new AuditLog(tenancy);
  const options: AuthOptions = {
    sessionSecret: context.environment.SESSION_SECRET,
    secretsKey: context.environment.SECRETS_KEY,
    previousSecretsKey: context.environment.SECRETS_KEY_PREVIOUS,
    baseDomain: context.environment.BASE_DOMAIN,
    platformAdminTenant: context.environment.PLATFORM_ADMIN_TENANT,
    idleTimeoutMinutes: context.environment.SESSION_IDLE_MINUTES,
    absoluteTimeoutHours: context.environment.SESSION_ABSOLUTE_HOURS,
    publicUrlOf: (tenant) => tenantUrl(tenant.slug, context.environment),
  };
  const settings = new OidcSettingsService(context.dataSource, options);
  const memberships = new MembershipsService(
    tenancy,
    auditLog,
    new PostgresSessionStore(context.dataSource, 0),
    options,
  );
  // No job queue here: the outbox's round in the API or a worker sends the mail within minutes.
  const mailer = new TenantMailer(tenancy, new OutboxRepository(tenancy), { enqueue: async () => undefined });
  return {
    tenancy,
    settings,
    invitations: new StaffInvitations(memberships, mailer, options),
    oidc: new OidcProviderAdmin(tenancy, settings, auditLog, new OidcHttp(options), options),
  };
}

/** `access invite`: how the first administrators of a tenant (and the platform) get in. */
export async function invite(context: CliContext, flags: { tenant?: string; email?: string; role?: string }) {
  const tenant = await tenantOf(context, flags.tenant ?? '');
  const input = validated(InviteUserDto, { email: flags.email, role: flags.role });
  const { tenancy, invitations } = services(context);
  const membership = await tenancy.run(tenant, () =>
    invitations.invite(tenant, input, OPERATOR, OPERATOR_ACTOR),
  );
  console.log(
    `Inviteret: ${membership.email} som ${membership.role} i ${tenant.slug}. Invitationen er lagt i udbakken; første login aktiverer adgangen.`,
  );
}

/** `access oidc`: the tenant's identity provider, before anyone can log in to set it through the API. */
export async function configureOidc(
  context: CliContext,
  flags: {
    tenant?: string;
    issuer?: string;
    'client-id'?: string;
    'client-secret-env'?: string;
    scope?: string[];
    'group-role'?: string[];
    'self-provisioning'?: boolean;
  },
) {
  const tenant = await tenantOf(context, flags.tenant ?? '');
  const roles = Object.fromEntries(
    (flags['group-role'] ?? []).map((pair) => pair.split('=') as [string, string]),
  );
  const input = validated(OidcConfigDto, {
    issuer: flags.issuer,
    clientId: flags['client-id'],
    clientSecretEnv: flags['client-secret-env'],
    scopes: flags.scope,
    claimMapping: Object.keys(roles).length > 0 ? { roles } : undefined,
    selfProvisioning: flags['self-provisioning'],
  });
  const saved = await services(context).oidc.put(tenant, input, OPERATOR_ACTOR);
  console.log(`${tenant.slug} logger nu ind via ${saved.issuer} (klient ${saved.clientId}).`);
}

/** `secrets reseal`: after a rotation of SECRETS_KEY, every stored client secret under the new key. */
export async function resealSecrets(context: CliContext) {
  const { resealed, current } = await services(context).settings.resealStoredSecrets();
  console.log(
    `${resealed} klienthemmelighed(er) krypteret igen med den nye SECRETS_KEY; ${current} var det allerede. SECRETS_KEY_PREVIOUS kan nu fjernes.`,
  );
}
