import { Controller, Get } from '@nestjs/common';
import { Public } from '@socialkompas/http';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Tenant } from '../registry/tenant.entity';
import { PublicTenantDto } from './public-tenant.dto';
import { CurrentTenant } from './tenant-request';

@ApiTags('tenant')
@Controller('api/v1/tenant')
@Public()
export class PublicTenantController {
  @Get()
  @ApiOkResponse({ type: PublicTenantDto, description: 'The municipality or region this host belongs to.' })
  get(@CurrentTenant() tenant: Tenant): PublicTenantDto {
    return PublicTenantDto.from(tenant);
  }
}
