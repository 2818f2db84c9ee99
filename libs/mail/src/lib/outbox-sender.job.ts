import { Inject } from '@nestjs/common';
import { TenantJob, TenantJobContext, TenantJobHandler } from '@socialkompas/jobs';
import type { Tenant } from '@socialkompas/tenancy';
import { MAIL_OPTIONS, MailOptions } from './mail.options';
import { OutboxSender, OutboxSendSummary } from './outbox-sender';

/** The job that sends a tenant's outbox; other jobs queue it after writing mail. */
export const MAIL_JOB = 'mail';

/** The outbox is also worked through this often, so a failed message is retried on its time. */
export const MAIL_EVERY_MS = 5 * 60_000;

@TenantJob({ name: MAIL_JOB, concurrency: 2, schedule: () => ({ everyMs: MAIL_EVERY_MS }) })
export class OutboxSenderJob implements TenantJobHandler {
  constructor(
    private readonly sender: OutboxSender,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {}

  /** On shutdown it stops after the message it is sending; the rest is due for the next worker. */
  run(tenant: Tenant, _runId: string, { signal }: TenantJobContext): Promise<OutboxSendSummary> {
    return this.sender.sendDue(tenant, this.options.transport, this.options.from, signal);
  }
}
