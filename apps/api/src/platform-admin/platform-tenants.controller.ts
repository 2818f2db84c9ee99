import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Actor, AuditLog, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import {
  ProvisioningResult,
  TenancyService,
  Tenant,
  TenantNotFoundError,
  TenantProvisioningService,
  TenantRegistry,
  TenantView,
} from '@socialkompas/tenancy';
import { CreateTenantDto } from './create-tenant.dto';

export class DomainDto {
  @ApiProperty({ example: 'tilbud.odder.dk' })
  @IsString({ message: 'host skal være et værtsnavn.' })
  @Length(1, 253, { message: 'host skal være et værtsnavn på højst 253 tegn.' })
  host!: string;
}

/** A tenant's own host names, besides `<slug>.<base domain>`. */
export class TenantDomains {
  @ApiProperty({ type: [String], example: ['tilbud.odder.dk'] })
  items!: string[];
}

/** Onboarding of municipalities and regions by the platform operator; every step lands in the tenant's audit log. */
@ApiTags('platform')
@Controller('api/v1/platform/tenants')
@Roles('platform_admin')
export class PlatformTenantsController {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly provisioning: TenantProvisioningService,
    private readonly tenancy: TenancyService,
    private readonly auditLog: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ type: [TenantView] })
  list(): Promise<TenantView[]> {
    return this.registry.list();
  }

  /** Creates a tenant, or adds what is missing (domains, region) to an existing one. */
  @Post()
  @ApiCreatedResponse({ type: ProvisioningResult })
  @ApiProblemResponses(400, 409)
  async create(@Body() input: CreateTenantDto, @CurrentActor() actor: Actor): Promise<ProvisioningResult> {
    const result = await this.provisioning.createTenant(input);
    await this.record(result.tenant, result.created ? 'create' : 'provision_again', actor, { ...input });
    return result;
  }

  @Post(':slug/suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: TenantView })
  @ApiProblemResponses(404)
  async suspend(@Param('slug') slug: string, @CurrentActor() actor: Actor): Promise<TenantView> {
    const tenant = await this.provisioning.setStatus(slug, 'suspended');
    await this.record(tenant, 'suspend', actor, { status: 'suspended' });
    return tenant;
  }

  @Post(':slug/resume')
  @HttpCode(200)
  @ApiOkResponse({ type: TenantView })
  @ApiProblemResponses(404)
  async resume(@Param('slug') slug: string, @CurrentActor() actor: Actor): Promise<TenantView> {
    const tenant = await this.provisioning.setStatus(slug, 'active');
    await this.record(tenant, 'resume', actor, { status: 'active' });
    return tenant;
  }

  @Get(':slug/domains')
  @ApiOkResponse({ type: TenantDomains })
  @ApiProblemResponses(404)
  async domains(@Param('slug') slug: string): Promise<TenantDomains> {
    const tenant = await this.registry.findBySlug(slug);
    if (!tenant) throw new TenantNotFoundError(slug);
    return { items: await this.registry.domainsOf(tenant) };
  }

  @Post(':slug/domains')
  @ApiCreatedResponse({ type: TenantDomains })
  @ApiProblemResponses(400, 404, 409)
  async addDomain(
    @Param('slug') slug: string,
    @Body() { host }: DomainDto,
    @CurrentActor() actor: Actor,
  ): Promise<TenantDomains> {
    const tenant = await this.provisioning.addDomain(slug, host);
    await this.record(tenant, 'add_domain', actor, { host });
    return { items: await this.registry.domainsOf(tenant) };
  }

  @Delete(':slug/domains/:host')
  @ApiOkResponse({ type: TenantDomains })
  @ApiProblemResponses(404)
  async removeDomain(
    @Param('slug') slug: string,
    @Param('host') host: string,
    @CurrentActor() actor: Actor,
  ): Promise<TenantDomains> {
    const tenant = await this.provisioning.removeDomain(slug, host);
    await this.record(tenant, 'remove_domain', actor, { host });
    return { items: await this.registry.domainsOf(tenant) };
  }

  private record(tenant: Tenant, action: string, actor: Actor, changes: Record<string, unknown>) {
    return this.tenancy.run(tenant, () =>
      this.auditLog.recordAbout('tenant', tenant, action, actor, changes),
    );
  }
}
