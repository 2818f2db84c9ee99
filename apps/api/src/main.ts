import 'reflect-metadata';
import { createApp } from './create-app';
import { EnvironmentError, loadEnvironment } from './config/environment';
import { boundHeapGrowth } from './heap-growth';
import { exitAfterShutdownDeadline } from './shutdown-deadline';

/** Production entry point: configuration comes only from the environment. */
async function main(): Promise<void> {
  boundHeapGrowth();
  const environment = loadEnvironment();
  const app = await createApp(environment);
  await app.listen(environment.PORT);
  exitAfterShutdownDeadline(environment.SHUTDOWN_TIMEOUT_SECONDS, app.getHttpServer());
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
