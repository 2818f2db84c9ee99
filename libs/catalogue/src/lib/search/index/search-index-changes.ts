import { Injectable } from '@nestjs/common';

/**
 * The index's word to this process's readers that a tenant's catalogue is about to change, so the
 * query side's caches read the generation afresh. A signal, not a dependency: the writer knows
 * nothing of who listens, and processes without search (seeding, benchmarks) have no listener.
 */
@Injectable()
export class SearchIndexChanges {
  private readonly listeners: ((tenantId: string) => void)[] = [];

  subscribe(listener: (tenantId: string) => void): void {
    this.listeners.push(listener);
  }

  changing(tenantId: string): void {
    for (const listener of this.listeners) listener(tenantId);
  }
}
