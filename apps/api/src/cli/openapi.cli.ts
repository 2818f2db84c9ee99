/** `npm run openapi`: writes the API's OpenAPI document to the file given, or to stdout. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../openapi/openapi-document';

async function main(outputFile: string | undefined): Promise<void> {
  const json = `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`;
  if (outputFile) writeFileSync(outputFile, json);
  else process.stdout.write(json);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
