import type { EntityManager } from 'typeorm';

/**
 * Moves the current tenant's `search_state.generation` beyond any generation a process may have
 * cached, for a restore that puts an old generation back: the microseconds since 1970, far beyond
 * the one-per-change counting since the last epoch, so no cached snapshot or answer of the
 * tenant's (keyed by tenant and generation) is ever taken for the restored catalogue. Runs in the
 * caller's unit of work on the tenant's schema.
 */
export async function startNewSearchEpoch(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE search_state
        SET generation = greatest(generation + 1, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)`,
  );
}
