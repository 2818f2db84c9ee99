import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { PageQueryDto, STAFF_ROLES, StaffRole, VersionDto } from '@socialkompas/http';

const ROLE_MESSAGE = `role skal være en af: ${STAFF_ROLES.join(', ')}.`;

export class InviteUserDto {
  @ApiProperty({ example: 'medarbejder@aarhus.dk' })
  @MaxLength(254, { message: 'email må højst være 254 tegn.' })
  @IsEmail({}, { message: 'email skal være en gyldig e-mailadresse.' })
  email!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: ROLE_MESSAGE })
  role!: StaffRole;
}

export class ChangeRoleDto extends VersionDto {
  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: ROLE_MESSAGE })
  role!: StaffRole;
}

export const MEMBERSHIP_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export class MembershipListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES, {
    message: 'status skal være invited, active eller deactivated.',
  })
  status?: MembershipStatus;
}
