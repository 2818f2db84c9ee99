import { EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { TenancyService } from './tenancy.service';

/**
 * Base of every repository over tenant-schema tables. The TypeORM repository is taken from the
 * current unit of work each time, so using it outside `tenancy.run` throws instead of reading
 * whatever schema a connection happens to point at.
 */
export abstract class TenantScopedRepository<Entity extends ObjectLiteral> {
  protected constructor(
    protected readonly tenancy: TenancyService,
    private readonly entity: EntityTarget<Entity>,
  ) {}

  protected get repository(): Repository<Entity> {
    return this.tenancy.currentManager().getRepository(this.entity);
  }
}
