import { Logger } from '@nestjs/common';
import { Client, ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';

/** The channel the registry's trigger notifies on, with the changed tenant's slug as payload. */
export const TENANT_REGISTRY_CHANNEL = 'tenant_registry';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;

/**
 * Hears every committed change to the registry of tenants, made by any process (the trigger of
 * migration 1764576000200 notifies), on a connection of its own outside the pool. When the
 * connection is lost (a database restart) it reconnects with growing pauses, and reports
 * `reconnected`: changes made meanwhile were not heard, so the listener's owner reads afresh.
 */
export class RegistryChangeListener {
  private readonly logger = new Logger(RegistryChangeListener.name);
  private client: Client | null = null;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryMs = FIRST_RETRY_MS;
  private stopped = false;

  constructor(
    private readonly connection: ClientConfig,
    private readonly onChange: (event: { slug: string } | { reconnected: true }) => void,
  ) {}

  /** The connection settings of the application's own pool. */
  static configOf(dataSource: DataSource): ClientConfig {
    const options = dataSource.options as {
      url?: string;
      host?: string;
      port?: number;
      username?: string;
      password?: unknown;
      database?: string;
    };
    return options.url
      ? { connectionString: options.url }
      : {
          host: options.host,
          port: options.port,
          user: options.username,
          password: typeof options.password === 'string' ? options.password : undefined,
          database: options.database,
        };
  }

  /** Resolves once listening (or once the first attempt failed: retries then go on in the background). */
  async start(): Promise<void> {
    await this.connect(false);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(reconnecting: boolean): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ ...this.connection, application_name: 'socialkompas-registry-listener' });
    // A lost connection says so by 'error' and/or 'end': either way, start over once.
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost || this.stopped) return;
      lost = true;
      if (this.client === client) this.client = null;
      this.logger.warn(
        `Registry listener lost its connection${error ? `: ${error.message}` : ''}; reconnecting`,
      );
      client.end().catch(() => undefined);
      this.retryLater();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === TENANT_REGISTRY_CHANNEL && message.payload)
        this.onChange({ slug: message.payload });
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${TENANT_REGISTRY_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    if (reconnecting) {
      this.logger.log('Registry listener connected again');
      this.onChange({ reconnected: true });
    }
  }

  private retryLater(): void {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(true), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }
}
