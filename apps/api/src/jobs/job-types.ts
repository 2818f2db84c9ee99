/** Queues are by kind of work, never by tenant: the tenant travels in the job's data. */
export const JOB_TYPES = ['link-check', 'freshness', 'mail'] as const;
export type JobType = (typeof JOB_TYPES)[number];

/** All a job carries: which tenant. No personal data, since Redis keeps job data in clear text. */
export interface TenantJobData {
  tenant: string;
}

/** The kinds that run on a daily schedule per tenant. */
export const SCHEDULED_JOB_TYPES = ['link-check', 'freshness'] as const satisfies readonly JobType[];

/** The outbox is also worked through this often, so a failed message is retried on its time. */
export const MAIL_EVERY_MS = 5 * 60_000;

export const JOB_TIME_ZONE = 'Europe/Copenhagen';

/** A cron pattern for a daily `HH:MM` (in JOB_TIME_ZONE). */
export function dailyPattern(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}
