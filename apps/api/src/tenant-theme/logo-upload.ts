import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes } from '@nestjs/swagger';
import { LOGO_TYPES } from './logo-file';

/** The OpenAPI description of a logo upload: the file itself as the request body. */
export const ApiLogoUpload = () =>
  applyDecorators(
    ApiConsumes(...Object.keys(LOGO_TYPES)),
    ApiBody({
      description:
        'The logo file itself (PNG, SVG or WebP, at most 200 KB); its type is read from its content.',
      schema: { type: 'string', format: 'binary' },
    }),
    ApiBadRequestResponse({
      description:
        'Too large, not a PNG/SVG/WebP by its content, or an SVG with scripts or references to other files.',
    }),
  );
