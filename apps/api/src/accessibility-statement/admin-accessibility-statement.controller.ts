import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { AccessibilityStatementView, PutAccessibilityStatementDto } from './accessibility-statement.dto';
import { AccessibilityStatementService } from './accessibility-statement.service';

/** A tenant administrator's accessibility statement: the address of their own, or one generated. */
@ApiTags('settings (tenant admin)')
@Controller('api/v1/admin/accessibility-statement')
@Roles('tenant_admin')
export class AdminAccessibilityStatementController {
  constructor(private readonly statements: AccessibilityStatementService) {}

  @Get()
  @ApiOkResponse({ type: AccessibilityStatementView })
  get(@CurrentTenant() tenant: Tenant): AccessibilityStatementView {
    return this.statements.get(tenant);
  }

  @Put()
  @ApiOkResponse({ type: AccessibilityStatementView })
  @ApiProblemResponses(400)
  put(
    @CurrentTenant() tenant: Tenant,
    @Body() input: PutAccessibilityStatementDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessibilityStatementView> {
    return this.statements.put(tenant, input, actor);
  }
}
