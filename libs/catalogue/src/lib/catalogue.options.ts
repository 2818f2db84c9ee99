import type { Tenant } from '@socialkompas/tenancy';
import type { LinkCheckerOptions } from '@socialkompas/safe-fetch';

/** What the catalogue needs from the application's configuration. */
export interface CatalogueOptions {
  /** Signs the links in reminder mails (derived for that purpose alone). */
  actionLinkSecret: string;
  /** The secret before the last rotation: links it signed still work until they expire. */
  previousActionLinkSecret?: string;
  /** The tenant's public address, e.g. https://aarhus.socialkompas.dk, for links in mails. */
  publicUrlOf(tenant: Pick<Tenant, 'slug'>): string;
  /** The link checker's settings; `allowAddresses` only ever in tests. */
  linkChecker: LinkCheckerOptions;
  /** Pauses before a failing link is tried again within one run (default 2 s, then 8 s). */
  linkCheckRetryDelaysMs?: number[];
  /** URLs checked before their findings and the run's progress are saved (default 64). */
  linkCheckBatchSize?: number;
  /** Whether search reuses whole answers per query and generation (default true). */
  searchAnswerReuse?: boolean;
}

export const CATALOGUE_OPTIONS = Symbol('CATALOGUE_OPTIONS');
