import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PRIMARY_COLOR } from '@socialkompas/theme';

describe('the default theme', () => {
  it("styles.css's primary colour is the one the server's pages and mails use", () => {
    const css = readFileSync(join(__dirname, '../styles.css'), 'utf8');
    expect(css).toMatch(new RegExp(`--sk-color-primary: ${DEFAULT_PRIMARY_COLOR};`));
  });
});
