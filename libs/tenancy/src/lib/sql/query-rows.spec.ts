import { openTestDataSource } from '@socialkompas/testing';
import { DataSource } from 'typeorm';
import { queryChanges, queryRow, queryRows } from './query-rows';

interface CounterRow {
  name: string;
  value: number;
}

describe('typed raw queries', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openTestDataSource({ poolSize: 1 });
  });

  afterAll(() => dataSource.destroy());

  /** Runs the work in a rolled-back transaction over a temporary table of counters. */
  const withCounters = (work: (runner: DataSource['manager']) => Promise<void>) =>
    dataSource
      .transaction(async (manager) => {
        await manager.query(
          `CREATE TEMPORARY TABLE counters (name text PRIMARY KEY, value int NOT NULL) ON COMMIT DROP`,
        );
        await manager.query(`INSERT INTO counters VALUES ('a', 1), ('b', 2)`);
        await work(manager);
        throw new Error('roll back');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'roll back') throw error;
      });

  it('gives the rows of a SELECT and an INSERT … RETURNING, and the first row or undefined', () =>
    withCounters(async (manager) => {
      expect(await queryRows<CounterRow>(manager, `SELECT name, value FROM counters ORDER BY name`)).toEqual([
        { name: 'a', value: 1 },
        { name: 'b', value: 2 },
      ]);
      expect(
        await queryRow<CounterRow>(manager, `INSERT INTO counters VALUES ($1, 3) RETURNING name, value`, [
          'c',
        ]),
      ).toEqual({
        name: 'c',
        value: 3,
      });
      expect(
        await queryRow<CounterRow>(manager, `SELECT name, value FROM counters WHERE name = 'z'`),
      ).toBeUndefined();
    }));

  it('gives the RETURNING rows and the count of an UPDATE and a DELETE, not the driver’s [rows, count] pair', () =>
    withCounters(async (manager) => {
      const updated = await queryChanges<CounterRow>(
        manager,
        `UPDATE counters SET value = value + 10 RETURNING name, value`,
      );
      expect(updated.rows).toEqual(
        expect.arrayContaining([
          { name: 'a', value: 11 },
          { name: 'b', value: 12 },
        ]),
      );
      expect(updated.count).toBe(updated.rows.length);
      expect(
        await queryChanges<CounterRow>(
          manager,
          `DELETE FROM counters WHERE name = $1 RETURNING name, value`,
          ['a'],
        ),
      ).toEqual({ rows: [{ name: 'a', value: 11 }], count: 1 });
      expect(await queryChanges(manager, `UPDATE counters SET value = 0 WHERE name = 'z'`)).toEqual({
        rows: [],
        count: 0,
      });
    }));

  it('refuses a SELECT, whose rows queryChanges would otherwise mistake for the pair', () =>
    withCounters(async (manager) => {
      await expect(queryChanges<CounterRow>(manager, `SELECT name, value FROM counters`)).rejects.toThrow(
        /expects an UPDATE or DELETE/,
      );
    }));
});
