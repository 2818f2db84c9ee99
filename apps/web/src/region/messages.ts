import { defineMessages } from '../i18n/define-messages';

/** Texts of the region's read-only view of its municipalities' offers (/region). */
export const t = defineMessages({
  da: {
    'municipalities.title': 'Kommunerne i {region}',
    'municipalities.intro':
      'Se tilbuddene i regionens kommuner, også kladder og tilbud til godkendelse. Du kan læse dem, men ikke rette dem.',
    'municipalities.none': 'Regionen har ingen kommuner endnu.',

    'offers.title': 'Tilbud i {municipality}',
    'offers.intro': 'Alle kommunens tilbud i alle statusser. Kun til læsning.',
    'offers.back': 'Tilbage til kommunerne',
    'offers.none': 'Ingen tilbud passer til din søgning.',

    'offer.back': 'Tilbage til tilbuddene i {municipality}',
    'offer.readOnly':
      'Du kan læse tilbuddet, men ikke rette det. Kontakt kommunens redaktion, hvis noget er forkert.',
    'offer.municipality': 'Kommune',
    'offer.hiddenAsStale': 'Skjult for borgerne, fordi det ikke er bekræftet i tide.',
    'offer.forEveryone': 'Tilbuddet har ingen aldersgrænse eller målgruppe.',
  },
  en: {
    'municipalities.title': 'The municipalities of {region}',
    'municipalities.intro':
      'See the services of the region’s municipalities, drafts and services awaiting approval included. You can read them, not change them.',
    'municipalities.none': 'The region has no municipalities yet.',

    'offers.title': 'Services in {municipality}',
    'offers.intro': 'All the municipality’s services in every status. Read-only.',
    'offers.back': 'Back to the municipalities',
    'offers.none': 'No services match your search.',

    'offer.back': 'Back to the services in {municipality}',
    'offer.readOnly':
      'You can read the service, not change it. Contact the municipality’s editors if something is wrong.',
    'offer.municipality': 'Municipality',
    'offer.hiddenAsStale': 'Hidden from citizens because it was not confirmed in time.',
    'offer.forEveryone': 'The service has no age limit or target group.',
  },
});
