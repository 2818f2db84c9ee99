import { ApiProperty } from '@nestjs/swagger';
import { TenantSummary, TenantView } from '@socialkompas/tenancy';

export const ONBOARDING_STEPS = [
  'tenant',
  'theme',
  'identity_provider',
  'first_admin',
  'accessibility',
  'catalogue',
] as const;
export type OnboardingStepKey = (typeof ONBOARDING_STEPS)[number];

/** One step of a tenant's onboarding as its live data shows it now. */
export class OnboardingStepView {
  @ApiProperty({ enum: ONBOARDING_STEPS })
  key!: OnboardingStepKey;

  @ApiProperty({ enum: ['done', 'todo'] })
  status!: 'done' | 'todo';

  @ApiProperty({ example: 'Første administrator: inviteret it@odder.dk, ikke logget ind endnu' })
  detail!: string;
}

/** What is set up of a tenant and what is left, computed from where each thing lives. */
export class OnboardingChecklist {
  @ApiProperty({ type: [OnboardingStepView] })
  steps!: OnboardingStepView[];

  @ApiProperty({ description: 'False when no SMTP server is configured: mail then waits in the outbox.' })
  mailDelivered!: boolean;
}

/** A tenant as its page in the platform area shows it. */
export class PlatformTenantDetail extends TenantView {
  @ApiProperty({ type: [String], example: ['tilbud.odder.dk'] })
  domains!: string[];

  @ApiProperty({ type: TenantSummary, nullable: true, description: 'The region a municipality belongs to' })
  region!: TenantSummary | null;

  @ApiProperty({ example: 'https://odder.socialkompas.dk', description: 'The address of its public site' })
  publicUrl!: string;
}
