import { ObjectLiteral, Repository } from 'typeorm';

/**
 * Writes the changes only if the row still has the version the editor saw, bumping the version.
 * Returns false when someone else saved first, so the caller can answer 409 with nothing overwritten.
 */
export async function updateIfVersion<Entity extends ObjectLiteral>(
  repository: Repository<Entity>,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
): Promise<boolean> {
  const result = await repository
    .createQueryBuilder()
    .update()
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  return Boolean(result.affected);
}

/**
 * Locks the row for the rest of the transaction, so what an editor's change is compared with
 * (for the change log and the 409 answer) is what it actually replaces.
 */
export async function lockForUpdate<Entity extends ObjectLiteral>(
  repository: Repository<Entity>,
  id: string,
): Promise<void> {
  await repository
    .createQueryBuilder('row')
    .select('row.id')
    .setLock('pessimistic_write')
    .where('row.id = :id', { id })
    .getRawOne();
}
