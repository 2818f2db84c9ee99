import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The HSDS 3.0 examples and compiled service schema the tests read (tools/test/hsds, a copy of the specification's). */
export const HSDS_DIR = join(__dirname, '../hsds');

// Frictionless' own Data Package library (datapackage-js); it ships no types.
const { Package } = require('datapackage') as {
  Package: {
    load(descriptor: string): Promise<{
      valid: boolean;
      errors: Error[];
      resources: { name: string; read(options: { keyed: boolean }): Promise<Record<string, unknown>[]> }[];
    }>;
  };
};

export interface DataPackageCheck {
  errors: string[];
  rows: Record<string, Record<string, unknown>[]>;
}

/** Writes a package's files to a folder and reads every resource with the Data Package library, casting each cell. */
export async function checkDataPackage(files: Record<string, Uint8Array>): Promise<DataPackageCheck> {
  const folder = mkdtempSync(join(tmpdir(), 'hsds-package-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    const dataPackage = await Package.load(join(folder, 'datapackage.json'));
    const errors = dataPackage.errors.map((error) => error.message);
    const rows: DataPackageCheck['rows'] = {};
    for (const resource of dataPackage.resources) {
      try {
        rows[resource.name] = await resource.read({ keyed: true });
      } catch (error) {
        const { message, errors: cellErrors } = error as { message: string; errors?: Error[] };
        errors.push(`${resource.name}: ${message}`, ...(cellErrors ?? []).map((cell) => cell.message));
      }
    }
    return { errors, rows };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
