import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Whether this process should be sent new traffic. On SIGTERM it turns unready first and waits
 * `drainDelayMs`, so a load balancer polling /health/ready stops sending requests before the HTTP
 * server stops accepting them; Nest then closes the server, which lets requests in flight finish.
 */
@Injectable()
export class Readiness implements BeforeApplicationShutdown {
  private readonly logger = new Logger(Readiness.name);
  private draining = false;

  constructor(private readonly drainDelayMs: number) {}

  get isDraining(): boolean {
    return this.draining;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.draining = true;
    // Only a real signal waits: tests and CLIs closing an application have no load balancer.
    if (!signal || this.drainDelayMs === 0) return;
    this.logger.log(`${signal}: unready, draining for ${this.drainDelayMs} ms before closing`);
    await delay(this.drainDelayMs);
  }
}
