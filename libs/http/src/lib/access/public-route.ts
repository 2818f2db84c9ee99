import { SetMetadata } from '@nestjs/common';

export const PUBLIC_METADATA = 'socialkompas:public';

/**
 * A route anyone may call without logging in. Every route states either this or the auth
 * library's `@Roles`; it lives here because the registry's own public route needs it too.
 */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);
