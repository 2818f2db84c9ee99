import { languageName } from '../i18n/format';
import { scheduleText } from '../offer/schedule-text';
import { t } from './messages';
import type { DraftField, OfferDraft } from './offer-draft';
import { apiClock } from './offer-draft-lists';

/** How to name what a draft refers to by id: its topics and its association. */
export interface NameLookup {
  term: (id: string) => string;
  organization: (id: string) => string;
}

/** A field's value in words, as the conflict view sets one version beside another. */
export function draftText(draft: OfferDraft, field: DraftField, names: NameLookup): string {
  switch (field) {
    case 'organizationId':
      return names.organization(draft.organizationId);
    case 'termIds':
      return draft.termIds.map(names.term).join(', ');
    case 'languages':
      return draft.languages.map(languageName).join(', ');
    case 'attendingTypes':
      return draft.attendingTypes.map((type) => t(`attending.${type}`)).join(', ');
    case 'locations':
      return draft.locations
        .map((place) =>
          [place.address1, `${place.postalCode} ${place.city}`.trim()].filter(Boolean).join(', '),
        )
        .join('; ');
    case 'schedules':
      return draft.schedules
        .map((opening) =>
          scheduleText({
            ...opening,
            opensAt: apiClock(opening.opensAt),
            closesAt: apiClock(opening.closesAt),
          }),
        )
        .join('; ');
    case 'contacts':
      return draft.contacts
        .map((contact) =>
          [contact.name, contact.title, contact.phone, contact.email].filter(Boolean).join(', '),
        )
        .join('; ');
    default: {
      const value = draft[field];
      if (typeof value === 'boolean') return value ? t('conflict.yes') : t('conflict.no');
      return value;
    }
  }
}
