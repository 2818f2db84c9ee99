import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createScratchDatabase, nodeArgsFor } from '@socialkompas/testing';
import { csvText, HSDS_EXAMPLES, SHEET_HEADER, sheetRow } from './import-files';

const ROOT = join(__dirname, '../../../../..');

describe('command line: catalogue import --tenant X --file F [--dry-run]', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  const platform = (...args: string[]) =>
    spawnSync(process.execPath, [...nodeArgsFor('apps/api/src/cli/platform.cli.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: scratch.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 120_000,
    });

  const offers = async () => {
    const client = new Client({ connectionString: scratch.url });
    await client.connect();
    const { rows } = await client.query(`SELECT name, status FROM t_cliodder.offers ORDER BY name`);
    await client.end();
    return rows;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase('import_cli');
    const created = platform(
      'tenant',
      'create',
      '--slug',
      'cliodder',
      '--name',
      'Odder Kommune',
      '--kind',
      'municipality',
    );
    expect(created.status).toBe(0);
  });

  afterAll(() => scratch.drop());

  it('prints the dry run of the HSDS example folder and writes nothing, then applies it, and a second run changes nothing', async () => {
    const folder = join(HSDS_EXAMPLES, 'csv');
    const dryRun = platform('catalogue', 'import', '--tenant', 'cliodder', '--file', folder, '--dry-run');
    expect(dryRun.stderr).toBe('');
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toContain(
      'Prøvekørsel: 1 oprettes, 0 opdateres, 0 uændrede, 0 ugyldige (1 rækker).',
    );
    expect(dryRun.stdout).toContain(
      'advarsel Række 1: Adressen ligger ikke i Danmark (land US); stedet er udeladt.',
    );
    expect(await offers()).toEqual([]);

    const applied = platform('catalogue', 'import', '--tenant', 'cliodder', '--file', folder);
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain(
      'Importeret: 1 oprettes, 0 opdateres, 0 uændrede, 0 ugyldige (1 rækker).',
    );
    expect(await offers()).toEqual([{ name: 'Community Counselling', status: 'published' }]);

    const again = platform('catalogue', 'import', '--tenant', 'cliodder', '--file', folder);
    expect(again.stdout).toContain('Importeret: 0 oprettes, 0 opdateres, 1 uændrede, 0 ugyldige (1 rækker).');
  });

  it('reports a bad row of a sheet and imports the others; an unknown tenant is an error', async () => {
    const path = join(tmpdir(), `import-cli-${process.pid}.csv`);
    const bad = sheetRow(2, 'Kommandolinje');
    bad[6] = 'ikke-en-mail';
    writeFileSync(path, csvText([SHEET_HEADER, sheetRow(1, 'Kommandolinje'), bad]));
    const result = platform('catalogue', 'import', '--tenant', 'cliodder', '--file', path);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'fejl     Række 3: E-mail «ikke-en-mail» er ikke en gyldig e-mailadresse.',
    );
    expect(result.stdout).toContain(
      'Importeret: 1 oprettes, 0 opdateres, 0 uændrede, 1 ugyldige (2 rækker).',
    );
    const unknown = platform('catalogue', 'import', '--tenant', 'findesikke', '--file', path);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('findesikke');
  });
});
