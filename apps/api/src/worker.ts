import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { EnvironmentError, loadEnvironment } from './config/environment';
import { boundHeapGrowth } from './heap-growth';
import { exitAfterShutdownDeadline } from './shutdown-deadline';

/**
 * `npm run worker`: the background jobs (link check, freshness, mail) in a process of their own,
 * taking work from Redis. Several may run side by side. On SIGTERM it takes no more jobs, aborts
 * the running jobs' signal (the mail job stops after the message it is sending, and what it has
 * not sent goes back to the queue for the next worker), waits for them, and closes the database
 * last; after SHUTDOWN_TIMEOUT_SECONDS it exits all the same.
 */
async function main(): Promise<void> {
  boundHeapGrowth();
  const environment = loadEnvironment();
  if (!environment.REDIS_URL) {
    throw new EnvironmentError(['REDIS_URL is missing: the worker takes its jobs from Redis (BullMQ)']);
  }
  // No load balancer sends a worker requests: nothing to drain before the jobs stop.
  const app = await NestFactory.createApplicationContext(
    AppModule.register({ ...environment, SHUTDOWN_DRAIN_SECONDS: 0 }, { jobs: 'work' }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  if (environment.LINK_CHECK_ALLOW_ORIGINS.length > 0) {
    app
      .get(Logger)
      .warn(`The link checker may reach ${environment.LINK_CHECK_ALLOW_ORIGINS.join(', ')}: a test setting`);
  }
  app.enableShutdownHooks();
  exitAfterShutdownDeadline(environment.SHUTDOWN_TIMEOUT_SECONDS);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
