import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CATALOGUE_ENTITIES } from '@socialkompas/catalogue';
import { MIGRATIONS } from '@socialkompas/migrations';
import {
  MigrationRunner,
  TENANCY_ENTITIES,
  TenantProvisioningService,
  TenantRegistry,
} from '@socialkompas/tenancy';
import { Environment, EnvironmentError, loadEnvironment } from '../config/environment';

export interface CliContext {
  environment: Environment;
  dataSource: DataSource;
  migrationRunner: MigrationRunner;
  provisioning: TenantProvisioningService;
  registry: TenantRegistry;
}

/** The CLIs need only the database and the tenancy services, not the HTTP stack. */
export async function openCliContext(source: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  // The CLIs never create sessions; the secret is checked where the HTTP app starts.
  const environment = loadEnvironment({ SESSION_SECRET: 'not-used-by-the-command-line-tools', ...source });
  const dataSource = await new DataSource({
    type: 'postgres',
    // Straight to PostgreSQL: migrations hold a session-level advisory lock across transactions.
    url: environment.DATABASE_DIRECT_URL ?? environment.DATABASE_URL,
    poolSize: environment.DATABASE_POOL_SIZE,
    entities: [...TENANCY_ENTITIES, ...CATALOGUE_ENTITIES],
  }).initialize();
  const migrationRunner = new MigrationRunner(dataSource, MIGRATIONS);
  return {
    environment,
    dataSource,
    migrationRunner,
    provisioning: new TenantProvisioningService(dataSource, migrationRunner, environment.BASE_DOMAIN),
    registry: new TenantRegistry(dataSource),
  };
}

/** Runs a CLI command: prints its error in plain words and sets the exit code. */
export function runCli(command: () => Promise<number>): void {
  command()
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(
        error instanceof EnvironmentError
          ? error.message
          : `Fejl: ${error instanceof Error ? error.message : error}`,
      );
      process.exit(error instanceof EnvironmentError ? 1 : 2);
    });
}
