import { Inject, Injectable } from '@nestjs/common';
import { MAIL_OPTIONS, MailOptions } from '@socialkompas/mail';
import {
  GENERATED_STATEMENT_PATH,
  generatedAccessibilityStatement,
  TenancyService,
  Tenant,
  TenantRegistry,
  tenantPublicContact,
} from '@socialkompas/tenancy';
import { TENANT_URL, TenantUrl } from '../config/tenant-url';
import { OnboardingChecklist, OnboardingStepView, PlatformTenantDetail } from './onboarding-checklist.dto';
import {
  IdentityProviderRow,
  OnboardingChecklistRepository,
  TenantAdminRow,
} from './onboarding-checklist.repository';

const step = (key: OnboardingStepView['key'], done: boolean, detail: string): OnboardingStepView => ({
  key,
  status: done ? 'done' : 'todo',
  detail,
});

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function themeDetail(tenant: Tenant): OnboardingStepView {
  const colours = Boolean(tenant.theme.primaryColor);
  const logo = Boolean(tenant.theme.logoUrl);
  const what =
    colours && logo
      ? 'farver og logo sat'
      : colours
        ? 'farver sat, intet logo'
        : logo
          ? 'logo sat, standardfarver'
          : 'standardfarver, intet logo';
  return step('theme', colours || logo, `Tema: ${what}`);
}

/** What the first administrator's invitation mail is doing, in the words of the outbox. */
function mailDetail(admin: TenantAdminRow, mailDelivered: boolean): string {
  if (admin.loggedIn) return '';
  switch (admin.mailStatus) {
    case 'sent':
      return ', invitationen er sendt';
    case 'failed':
      return ', invitationen kunne ikke sendes (se udbakken)';
    case 'held':
      return ', invitationen venter i udbakken: der er ingen SMTP-server';
    case 'pending':
      return mailDelivered
        ? ', invitationen sendes nu'
        : ', invitationen venter i udbakken: der er ingen SMTP-server';
    default:
      return ', ingen invitation i udbakken';
  }
}

function firstAdminDetail(admins: TenantAdminRow[], mailDelivered: boolean): OnboardingStepView {
  if (admins.length === 0) return step('first_admin', false, 'Første administrator: ingen inviteret endnu');
  const first = admins.find((admin) => admin.loggedIn) ?? admins[0];
  const others = admins.length > 1 ? ` (og ${plural(admins.length - 1, 'anden', 'andre')})` : '';
  const state = first.loggedIn
    ? `${first.email} har logget ind`
    : `inviteret ${first.email}, ikke logget ind endnu`;
  return step(
    'first_admin',
    true,
    `Første administrator: ${state}${mailDetail(first, mailDelivered)}${others}`,
  );
}

function accessibilityDetail(tenant: Tenant): OnboardingStepView {
  const url = tenantPublicContact(tenant).accessibilityStatementUrl;
  if (url) return step('accessibility', true, `Tilgængelighedserklæring: ${url}`);
  if (generatedAccessibilityStatement(tenant))
    return step(
      'accessibility',
      true,
      `Tilgængelighedserklæring: genereret side på ${GENERATED_STATEMENT_PATH}`,
    );
  return step('accessibility', false, 'Tilgængelighedserklæring: mangler');
}

/**
 * A tenant's onboarding checklist, read from live data on every request, so the wizard can be left
 * and resumed at any step and the tenant's page never shows a remembered state.
 */
@Injectable()
export class OnboardingChecklistService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly registry: TenantRegistry,
    private readonly repository: OnboardingChecklistRepository,
    @Inject(MAIL_OPTIONS) private readonly mail: MailOptions,
    @Inject(TENANT_URL) private readonly tenantUrl: TenantUrl,
  ) {}

  async detail(tenant: Tenant): Promise<PlatformTenantDetail> {
    const domains = await this.registry.domainsOf(tenant);
    const region = await this.tenancy.run(tenant, (manager) => this.repository.regionOf(manager, tenant.id));
    return { ...tenant, domains, region: region ?? null, publicUrl: this.tenantUrl(tenant.slug) };
  }

  async checklist(tenant: Tenant): Promise<OnboardingChecklist> {
    const mailDelivered = this.mail.transport !== null;
    const domains = await this.registry.domainsOf(tenant);
    const { identityProvider, admins, offers } = await this.tenancy.run(tenant, async (manager) => ({
      identityProvider: await this.repository.identityProvider(manager, tenant.id),
      admins: await this.repository.tenantAdmins(manager, tenant.id),
      offers: await this.repository.offerCounts(manager),
    }));
    const address = [new URL(this.tenantUrl(tenant.slug)).host, ...domains].join(', ');
    return {
      mailDelivered,
      steps: [
        step('tenant', true, `${tenant.name}: ${address}`),
        themeDetail(tenant),
        identityProviderDetail(identityProvider),
        firstAdminDetail(admins, mailDelivered),
        accessibilityDetail(tenant),
        step(
          'catalogue',
          offers.total > 0,
          `Katalog: ${plural(offers.total, 'tilbud', 'tilbud')}${offers.total > 0 ? `, ${offers.published} offentliggjort` : ''}`,
        ),
      ],
    };
  }
}

function identityProviderDetail(provider: IdentityProviderRow | undefined): OnboardingStepView {
  if (!provider) return step('identity_provider', false, 'Login: ingen identitetsudbyder endnu');
  if (provider.preset === 'development') {
    return step('identity_provider', true, 'Login: udviklings-IdP (kun demo)');
  }
  const tested =
    provider.lastTestOk === null ? 'ikke testet' : provider.lastTestOk ? 'testet' : 'sidste test fejlede';
  return step('identity_provider', provider.lastTestOk === true, `Login: ${provider.issuer} (${tested})`);
}
