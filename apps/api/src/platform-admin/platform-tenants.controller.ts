import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@socialkompas/auth';
import { TenantProvisioningService, TenantRegistry } from '@socialkompas/tenancy';
import { CreateTenantDto } from './create-tenant.dto';

/** Onboarding of municipalities and regions by the platform operator. */
@ApiTags('platform')
@Controller('api/v1/platform/tenants')
@Roles('platform_admin')
export class PlatformTenantsController {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly provisioning: TenantProvisioningService,
  ) {}

  @Get()
  list() {
    return this.registry.list();
  }

  @Post()
  create(@Body() input: CreateTenantDto) {
    return this.provisioning.createTenant(input);
  }

  @Post(':slug/suspend')
  @HttpCode(200)
  suspend(@Param('slug') slug: string) {
    return this.provisioning.setStatus(slug, 'suspended');
  }
}
