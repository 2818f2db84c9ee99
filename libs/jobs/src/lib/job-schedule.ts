import type { TenantJobSchedule } from './tenant-job.decorator';

/** All a job carries: which tenant. No personal data, since Redis keeps job data in clear text. */
export interface TenantJobData {
  tenant: string;
}

export const JOB_TIME_ZONE = 'Europe/Copenhagen';

/** A cron pattern for a daily `HH:MM` (in JOB_TIME_ZONE). */
export function dailyPattern(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}

/** A schedule as BullMQ's repeat options. */
export function repeatOptions(
  schedule: TenantJobSchedule,
): { pattern: string; tz: string } | { every: number } {
  return 'dailyAt' in schedule
    ? { pattern: dailyPattern(schedule.dailyAt), tz: JOB_TIME_ZONE }
    : { every: schedule.everyMs };
}

/** A tenant's scheduler of one job: `link-check-aarhus`. Slugs never contain `-`, so it parses back. */
export function schedulerKey(job: string, slug: string): string {
  return `${job}-${slug}`;
}
