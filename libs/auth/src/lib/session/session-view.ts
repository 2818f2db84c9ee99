import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TenantSummary } from '@socialkompas/tenancy';
import { STAFF_ROLES, StaffRole } from '@socialkompas/http';

/** Nobody is logged in, as for every citizen. */
export class AnonymousSession {
  @ApiProperty({ enum: [false] })
  authenticated!: false;

  @ApiProperty({ type: TenantSummary })
  tenant!: TenantSummary;

  @ApiProperty({ example: '/auth/login' })
  loginUrl!: string;
}

export class SessionUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
}

/** A staff member logged in on this tenant's host. */
export class StaffSession {
  @ApiProperty({ enum: [true] })
  authenticated!: true;

  @ApiProperty({ type: TenantSummary })
  tenant!: TenantSummary;

  @ApiProperty({ type: SessionUser })
  user!: SessionUser;

  @ApiProperty({ enum: STAFF_ROLES, description: 'The role in this tenant' })
  role!: StaffRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'The association an `association` member acts for' })
  organizationId?: string;

  @ApiPropertyOptional({ description: 'To send as x-csrf-token with every change' })
  csrfToken?: string;
}

/** The staff member logging out goes on to the identity provider's logout, or home. */
export class LogoutRedirect {
  @ApiProperty({ example: '/' })
  redirectTo!: string;
}
