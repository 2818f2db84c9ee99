import { t } from '../i18n/messages';
import type { TenantLoadError } from './fetch-tenant';

export interface ErrorDescription {
  title: string;
  detail?: string;
}

/** What to tell the visitor when the tenant could not be loaded; the API's own words when it gave any. */
export function describeLoadError(error: TenantLoadError): ErrorDescription {
  switch (error.kind) {
    case 'problem':
      return { title: error.problem.title, detail: error.problem.detail };
    case 'unreachable':
      return { title: t('error.unreachable.title'), detail: t('error.unreachable.detail') };
    case 'invalid-response':
      return { title: t('error.invalidResponse.title'), detail: t('error.invalidResponse.detail') };
  }
}
