import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { DeclaredJobs } from './declared-jobs';
import { TenantJob, TenantJobHandler } from './tenant-job.decorator';

@TenantJob({ name: 'nightly-report', concurrency: 3, schedule: () => ({ dailyAt: '03:15' }) })
class NightlyReportJob implements TenantJobHandler {
  async run() {
    return { reported: true };
  }
}

@TenantJob({ name: 'nightly-report' })
class AnotherNightlyReportJob implements TenantJobHandler {
  async run() {
    return {};
  }
}

/** A feature module declaring its own job, as the catalogue's features do. */
@Module({ providers: [NightlyReportJob] })
class ReportsModule {}

async function declaredJobsWith(...features: (new () => object)[]): Promise<DeclaredJobs> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule, ...features],
    providers: [DeclaredJobs],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(DeclaredJobs);
}

describe('jobs declared beside their features', () => {
  it('finds a job declared in any module, with its definition and handler', async () => {
    const declared = await declaredJobsWith(ReportsModule);
    expect(declared.names()).toEqual(['nightly-report']);
    const { definition, handler } = declared.get('nightly-report');
    expect(definition.concurrency).toBe(3);
    expect(definition.schedule?.({} as never)).toEqual({ dailyAt: '03:15' });
    await expect(
      handler.run({} as never, 'run-1', { signal: new AbortController().signal }),
    ).resolves.toEqual({ reported: true });
  });

  it('refuses to start when two jobs claim the same name', async () => {
    @Module({ providers: [AnotherNightlyReportJob] })
    class OtherModule {}
    await expect(declaredJobsWith(ReportsModule, OtherModule)).rejects.toThrow(
      'Two jobs are declared as "nightly-report".',
    );
  });

  it('names an undeclared job when asked for it', async () => {
    const declared = await declaredJobsWith(ReportsModule);
    expect(declared.has('link-check')).toBe(false);
    expect(() => declared.get('link-check')).toThrow('No job is declared as "link-check".');
  });
});
