import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Public } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { PublicAccessibilityStatement } from './accessibility-statement.dto';
import { AccessibilityStatementService } from './accessibility-statement.service';

/** The statement Socialkompas wrote from the tenant's details, for the page at /tilgaengelighed. */
@ApiTags('tenant')
@Controller('api/v1/tenant/accessibility-statement')
@Public()
export class PublicAccessibilityStatementController {
  constructor(private readonly statements: AccessibilityStatementService) {}

  @Get()
  @ApiOkResponse({ type: PublicAccessibilityStatement })
  @ApiProblemResponses(404)
  get(@CurrentTenant() tenant: Tenant): PublicAccessibilityStatement {
    return this.statements.published(tenant);
  }
}
