import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService, Tenant } from '@socialkompas/tenancy';

/** When a job last succeeded for the tenant. */
export interface JobSuccessRow {
  job: string;
  succeededAt: Date;
}

export interface JobRunRow {
  job: string;
  lastStartedAt: Date | null;
  lastFinishedAt: Date | null;
  lastOutcome: 'ok' | 'failed' | null;
  lastSummary: Record<string, unknown>;
}

/** How each job last went for a tenant, in the tenant's own `job_runs` table. */
@Injectable()
export class JobRunsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  recordStart(tenant: Tenant, job: string): Promise<void> {
    return this.tenancy.run(tenant, async (manager) => {
      await manager.query(
        `INSERT INTO job_runs (job, last_started_at) VALUES ($1, now())
         ON CONFLICT (job) DO UPDATE SET last_started_at = now()`,
        [job],
      );
    });
  }

  recordFinish(tenant: Tenant, job: string, outcome: 'ok' | 'failed', summary: object): Promise<void> {
    return this.tenancy.run(tenant, async (manager) => {
      await manager.query(
        `UPDATE job_runs SET last_finished_at = now(), last_outcome = $2, last_summary = $3,
           last_succeeded_at = CASE WHEN $2 = 'ok' THEN now() ELSE last_succeeded_at END
         WHERE job = $1`,
        [job, outcome, JSON.stringify(summary)],
      );
    });
  }

  list(tenant: Tenant): Promise<JobRunRow[]> {
    return this.tenancy.run(tenant, (manager) =>
      queryRows<JobRunRow>(
        manager,
        `SELECT job, last_started_at AS "lastStartedAt", last_finished_at AS "lastFinishedAt",
             last_outcome AS "lastOutcome", last_summary AS "lastSummary" FROM job_runs`,
      ),
    );
  }

  /** When each job last succeeded for the tenant (jobs that never did are left out). */
  lastSuccesses(tenant: Tenant): Promise<JobSuccessRow[]> {
    return this.tenancy.run(tenant, (manager) =>
      queryRows<JobSuccessRow>(
        manager,
        `SELECT job, last_succeeded_at AS "succeededAt" FROM job_runs WHERE last_succeeded_at IS NOT NULL`,
      ),
    );
  }
}
