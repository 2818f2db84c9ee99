import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { TENANT_JOB_METADATA, TenantJobDefinition, TenantJobHandler } from './tenant-job.decorator';

export interface DeclaredJob {
  definition: TenantJobDefinition;
  handler: TenantJobHandler;
}

/** Every job the application's modules declared with `@TenantJob`, by name. */
@Injectable()
export class DeclaredJobs implements OnModuleInit {
  private readonly jobs = new Map<string, DeclaredJob>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const definition = this.reflector.get<TenantJobDefinition | undefined>(
        TENANT_JOB_METADATA,
        wrapper.metatype,
      );
      if (!definition) continue;
      if (this.jobs.has(definition.name)) throw new Error(`Two jobs are declared as "${definition.name}".`);
      this.jobs.set(definition.name, { definition, handler: wrapper.instance as TenantJobHandler });
    }
  }

  names(): string[] {
    return [...this.jobs.keys()].sort();
  }

  definitions(): TenantJobDefinition[] {
    return this.names().map((name) => this.get(name).definition);
  }

  has(name: string): boolean {
    return this.jobs.has(name);
  }

  get(name: string): DeclaredJob {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`No job is declared as "${name}".`);
    return job;
  }
}
