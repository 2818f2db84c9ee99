import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { UploadedFile } from './read/read-import-file';

/** A file part as multer hands it over (memory storage). */
export interface MultipartFile {
  originalname: string;
  buffer: Buffer;
}

export const MAX_UPLOAD_FILES = 30;
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** The multipart `files` field of an import upload: a package's parts, one JSON file, or one sheet. */
export const ImportUpload = () =>
  applyDecorators(
    UseInterceptors(
      FilesInterceptor('files', MAX_UPLOAD_FILES, {
        // Danish file names ("Tilbud Århus.xlsx") arrive as UTF-8.
        defParamCharset: 'utf8',
        limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_UPLOAD_FILES, fields: 10 },
      }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['files'],
        properties: {
          files: {
            type: 'array',
            items: { type: 'string', format: 'binary' },
            description:
              'A .zip HSDS tabular package, or its datapackage.json with the CSV files; one HSDS .json file; or one .csv/.xlsx sheet',
          },
        },
      },
    }),
  );

export function uploadedFiles(files: MultipartFile[] | undefined): UploadedFile[] {
  return (files ?? []).map((file) => ({
    name: file.originalname.replace(/^.*[\\/]/, ''),
    bytes: new Uint8Array(file.buffer),
  }));
}
