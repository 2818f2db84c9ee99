import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The database as /health sees it: whether it answers at all. */
@Injectable()
export class DatabaseHealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** True when PostgreSQL answers a trivial query on a pooled connection; never throws. */
  async isUp(): Promise<boolean> {
    return this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }
}
