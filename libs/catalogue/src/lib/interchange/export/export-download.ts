import { StreamableFile } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { CatalogueExport } from './catalogue-export.service';

/** The export as a download: streamed, named for the tenant and the day, never cached. */
export function exportDownload(result: CatalogueExport): StreamableFile {
  return new StreamableFile(result.body, {
    type: result.contentType,
    disposition: `attachment; filename="${result.fileName}"`,
  });
}

export function ApiExportDownload() {
  return applyDecorators(
    ApiProduces('application/zip', 'application/json'),
    ApiOkResponse({
      description:
        'The published catalogue as HSDS 3.0: a zip of the tabular data package, or a JSON list of full services',
      schema: { type: 'string', format: 'binary' },
    }),
  );
}
