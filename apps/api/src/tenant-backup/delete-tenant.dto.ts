import { ApiProperty } from '@nestjs/swagger';
import { Length } from 'class-validator';

/** The tenant's slug typed again, so a tenant is never deleted by a slip of the hand. */
export class DeleteTenantDto {
  @ApiProperty({ example: 'odder', description: 'The slug of the tenant to delete, typed as confirmation' })
  // Length alone also refuses a missing or non-text value, with one message instead of two.
  @Length(1, 100, { message: 'confirm skal være tenantens slug.' })
  confirm!: string;
}
