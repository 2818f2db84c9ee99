import { Controller, Get, NotFoundException, Redirect } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Tenant } from '../registry/tenant.entity';
import { accessibilityStatementAddress } from '../registry/tenant-accessibility-statement';
import { Public } from '@socialkompas/http';
import { CurrentTenant } from './tenant-request';

/** `/was`: the short address of the tenant's accessibility statement that public bodies publish (its
 * own, or the page generated from its details). */
@ApiTags('tenant')
@Controller('was')
@Public()
export class AccessibilityStatementController {
  @Get()
  @Redirect(undefined, 302)
  @ApiFoundResponse({ description: "Redirects to the tenant's accessibility statement." })
  @ApiNotFoundResponse({ description: 'The tenant has not given an accessibility statement yet.' })
  redirect(@CurrentTenant() tenant: Tenant): { url: string } {
    const url = accessibilityStatementAddress(tenant);
    if (!url) {
      throw new NotFoundException({
        title: 'Ingen tilgængelighedserklæring',
        detail: `${tenant.name} har endnu ikke angivet en tilgængelighedserklæring.`,
      });
    }
    return { url };
  }
}
