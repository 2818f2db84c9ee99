import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A health check that waits longer than this calls the database down: a hung server is no better. */
const ANSWER_WITHIN_MS = 2000;

/** The database as /health sees it: whether it answers at all. */
@Injectable()
export class DatabaseHealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** True when PostgreSQL answers a trivial query on a pooled connection in time; never throws. */
  async isUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ANSWER_WITHIN_MS);
    });
    const answer = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }
}
