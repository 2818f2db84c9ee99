import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { INVITABLE_ROLES, InvitableRole, PageQueryDto, VersionDto } from '@socialkompas/http';

const ROLE_MESSAGE = `role skal være en af: ${INVITABLE_ROLES.join(', ')}.`;

export class InviteUserDto {
  @ApiProperty({ example: 'medarbejder@aarhus.dk' })
  @MaxLength(254, { message: 'email må højst være 254 tegn.' })
  @IsEmail({}, { message: 'email skal være en gyldig e-mailadresse.' })
  email!: string;

  @ApiProperty({ enum: INVITABLE_ROLES })
  @IsIn(INVITABLE_ROLES, { message: ROLE_MESSAGE })
  role!: InvitableRole;
}

export class ChangeRoleDto extends VersionDto {
  @ApiProperty({ enum: INVITABLE_ROLES })
  @IsIn(INVITABLE_ROLES, { message: ROLE_MESSAGE })
  role!: InvitableRole;
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
