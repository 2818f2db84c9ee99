import { TenantJob, TenantJobHandler } from '@socialkompas/jobs';
import type { Tenant } from '@socialkompas/tenancy';
import { freshnessSettings } from '../freshness-settings';
import { LinkCheckRunOptions, LinkCheckService, LinkCheckSummary } from './link-check.service';

/** Every night, at the tenant's `linkCheckAt`: one at a time per worker, since link checks are slow and polite. */
@TenantJob({
  name: 'link-check',
  concurrency: 1,
  schedule: (tenant) => ({ dailyAt: freshnessSettings(tenant).linkCheckAt }),
})
export class LinkCheckJob implements TenantJobHandler {
  constructor(private readonly linkChecks: LinkCheckService) {}

  /** `options.signal`: a worker shutting down stops the run between URLs; a retry resumes it. */
  run(tenant: Tenant, runId: string, options?: LinkCheckRunOptions): Promise<LinkCheckSummary> {
    return this.linkChecks.run(tenant, runId, options);
  }
}
