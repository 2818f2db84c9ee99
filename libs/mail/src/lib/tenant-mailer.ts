import { Inject, Injectable } from '@nestjs/common';
import { JobRunner } from '@socialkompas/jobs';
import { TenancyService } from '@socialkompas/tenancy';
import { MAIL_JOB } from './outbox-sender.job';
import { NewOutboxMessage, OutboxRepository } from './outbox.repository';

/**
 * Mail a person is waiting for (a login link, an invitation): written to the tenant's outbox in
 * the current unit of work, and the mail job queued as soon as that commits, instead of at the
 * outbox's next round. Should the queue fail, the round sends it all the same.
 */
@Injectable()
export class TenantMailer {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly outbox: OutboxRepository,
    // Only the queueing is needed; the command line passes a runner that leaves it to the round.
    @Inject(JobRunner) private readonly jobs: Pick<JobRunner, 'enqueue'>,
  ) {}

  async send(message: NewOutboxMessage): Promise<string> {
    const { id } = await this.outbox.enqueue(message);
    const { slug } = this.tenancy.currentTenant();
    this.tenancy.afterCommit(() => this.jobs.enqueue(MAIL_JOB, slug));
    return id;
  }
}
