import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { TenancyService } from '../context/tenancy.service';
import { tenantOf, TenantAwareRequest } from './tenant-request';

/** Runs a tenant-scoped handler as one unit of work on the request's tenant schema. */
@Injectable()
export class TenantUnitOfWorkInterceptor implements NestInterceptor {
  constructor(private readonly tenancy: TenancyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tenant = tenantOf(context.switchToHttp().getRequest<TenantAwareRequest>());
    return from(this.tenancy.run(tenant, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
