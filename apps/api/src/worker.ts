import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { EnvironmentError, loadEnvironment } from './config/environment';

/**
 * `npm run worker`: the background jobs (link check, freshness, mail) in a process of their own,
 * taking work from Redis. Several may run side by side. On SIGTERM the running jobs finish first.
 */
async function main(): Promise<void> {
  const environment = loadEnvironment();
  if (!environment.REDIS_URL) {
    throw new EnvironmentError(['REDIS_URL is missing: the worker takes its jobs from Redis (BullMQ)']);
  }
  const app = await NestFactory.createApplicationContext(AppModule.register(environment, { jobs: 'work' }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
