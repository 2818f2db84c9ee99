import { Injectable } from '@nestjs/common';
import { TenancyService } from '@socialkompas/tenancy';

/** The regional read path's own SQL, in the current unit of work. */
@Injectable()
export class RegionalReadRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /** From here on the unit of work cannot write: PostgreSQL itself refuses. */
  async makeReadOnly(): Promise<void> {
    await this.tenancy.currentManager().query('SET TRANSACTION READ ONLY');
  }
}
