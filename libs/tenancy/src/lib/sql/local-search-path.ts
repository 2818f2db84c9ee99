import type { QueryRunner } from 'typeorm';

/**
 * Points the connection's open transaction at `searchPath` (already quoted). `is_local => true`
 * is `SET LOCAL` with a parameter: the setting dies with the transaction, so a pooled connection
 * never carries a schema into its next borrower.
 */
export async function setLocalSearchPath(queryRunner: QueryRunner, searchPath: string): Promise<void> {
  await queryRunner.query(`SELECT set_config('search_path', $1, true)`, [searchPath]);
}
