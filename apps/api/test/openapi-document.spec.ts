import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../src/openapi/openapi-document';

/**
 * The web client's typed API client is generated from the committed OpenAPI document
 * (apps/web/src/api). If an endpoint changes, this fails until `npm run openapi` regenerates the
 * client's types, whose type check then shows every place in the client the change breaks.
 */
describe('the OpenAPI document the web client is built from', () => {
  it('is the document the API describes now', async () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../web/src/api/openapi.json'), 'utf8'));
    expect(await buildOpenApiDocument()).toEqual(committed);
  });
});
