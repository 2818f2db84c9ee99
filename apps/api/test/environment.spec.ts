import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EnvironmentError, loadEnvironment } from '../src/config/environment';
import { testDatabaseUrl } from '@socialkompas/testing';

const ROOT = join(__dirname, '../../..');
const VALID = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
  SESSION_SECRET: 'a'.repeat(32),
};

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    loadEnvironment(source);
  } catch (error) {
    if (error instanceof EnvironmentError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('accepts a minimal environment and fills in defaults', () => {
    expect(loadEnvironment(VALID)).toMatchObject({
      PORT: 3000,
      BASE_DOMAIN: 'localhost',
      DATABASE_POOL_SIZE: 10,
      LOG_LEVEL: 'info',
      SEARCH_ANSWER_REUSE: 'on',
    });
  });

  it.each([
    ['PORT', 'tre tusind'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_DIRECT_URL', 'pgbouncer:6432'],
    ['REDIS_URL', 'localhost:6379'],
    ['BASE_DOMAIN', 'https://socialkompas.dk'],
    ['SESSION_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_POOL_SIZE', '1'],
    ['TRUST_PROXY', 'alle; rm -rf'],
    ['SECRETS_KEY', 'kort'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_ABSOLUTE_HOURS', '1000'],
    ['SEARCH_ANSWER_REUSE', 'nej'],
    ['LINK_CHECK_ALLOW_ORIGINS', 'http://127.0.0.1:8080, http://10.0.0.7:80'],
    ['LINK_CHECK_ALLOW_ORIGINS', 'http://127.0.0.1:8080/sti'],
  ])('names %s when it is %j', (name, value) => {
    const problems = problemsOf({ ...VALID, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(`${name} `)).toBe(true);
  });

  it("reads the link checker's test origins as a list, none by default", () => {
    expect(loadEnvironment(VALID).LINK_CHECK_ALLOW_ORIGINS).toEqual([]);
    expect(
      loadEnvironment({ ...VALID, LINK_CHECK_ALLOW_ORIGINS: 'http://127.0.0.1:8080, http://[::1]:9000' })
        .LINK_CHECK_ALLOW_ORIGINS,
    ).toEqual(['http://127.0.0.1:8080', 'http://[::1]:9000']);
  });

  it('names a missing required variable', () => {
    expect(problemsOf({ SESSION_SECRET: VALID.SESSION_SECRET })).toEqual([
      expect.stringMatching(/^DATABASE_URL is missing/),
    ]);
  });

  it('stops the real start with the bad variable named', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: testDatabaseUrl(),
        SESSION_SECRET: VALID.SESSION_SECRET,
        PORT: 'abc',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be a whole number between 1 and 65535');
  });
});
