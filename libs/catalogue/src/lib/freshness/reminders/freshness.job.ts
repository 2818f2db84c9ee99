import { TenantJob, TenantJobHandler } from '@socialkompas/jobs';
import { MAIL_JOB } from '@socialkompas/mail';
import type { Tenant } from '@socialkompas/tenancy';
import { freshnessSettings } from '../freshness-settings';
import { FreshnessService, FreshnessSummary } from './freshness-pass.service';

/** Every day, at the tenant's `freshnessAt`; the reminders it writes go out with the mail job it queues. */
@TenantJob({
  name: 'freshness',
  concurrency: 2,
  schedule: (tenant) => ({ dailyAt: freshnessSettings(tenant).freshnessAt }),
  followedBy: [MAIL_JOB],
})
export class FreshnessJob implements TenantJobHandler {
  constructor(private readonly freshness: FreshnessService) {}

  run(tenant: Tenant): Promise<FreshnessSummary> {
    return this.freshness.runPass(tenant);
  }
}
