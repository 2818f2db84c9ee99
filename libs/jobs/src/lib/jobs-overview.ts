import { ApiProperty } from '@nestjs/swagger';
import { JOB_RUNNER_MODES, JobRunner, QueueCounts } from './job-runner';

/** How a job last went for the tenant. */
export class JobRun {
  @ApiProperty({ example: 'link-check' })
  job!: string;

  @ApiProperty({ type: Date, nullable: true })
  lastStartedAt!: Date | null;

  @ApiProperty({ type: Date, nullable: true })
  lastFinishedAt!: Date | null;

  @ApiProperty({ type: String, nullable: true, enum: ['ok', 'failed'] })
  lastOutcome!: 'ok' | 'failed' | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the job reported, e.g. counts',
  })
  lastSummary!: Record<string, unknown>;
}

export class QueueOverview extends QueueCounts {
  @ApiProperty({ example: 'link-check', description: 'A declared job: link-check, freshness, mail, …' })
  queue!: string;

  @ApiProperty({ type: JobRun, nullable: true, description: 'Null until the job has run for the tenant' })
  lastRun!: JobRun | null;
}

/** The tenant's background jobs: per queue what waits, runs and failed, and how each last went. */
export class JobsOverview {
  @ApiProperty({ enum: JOB_RUNNER_MODES, description: 'in-process: without Redis, in the API process' })
  mode!: JobRunner['mode'];

  @ApiProperty({ type: [QueueOverview] })
  queues!: QueueOverview[];
}

export class QueuedJob {
  @ApiProperty({ example: 'link-check', description: 'A declared job: link-check, freshness, mail, …' })
  queue!: string;

  @ApiProperty({ example: 'aarhus', description: "The tenant's slug" })
  tenant!: string;

  @ApiProperty({ enum: ['queued'] })
  status!: 'queued';
}
