import { defineMessages } from '../i18n/define-messages';

/** Texts of the region coordinators' area (/region): search across the municipalities, statistics, an offer. */
export const t = defineMessages({
  da: {
    'nav.label': 'Regionens sider',
    'nav.search': 'Søg i kommunernes tilbud',
    'nav.statistics': 'Søgestatistik',

    'search.title': 'Søg i tilbuddene i {region}',
    'search.intro':
      'Alle tilbud i regionens kommuner og regionens egne, også kladder, tilbud til godkendelse og arkiverede. Du kan læse dem, men ikke rette dem.',
    'search.status': 'Status',
    'search.municipality': 'Kommune: {name}',

    'statistics.title': 'Søgestatistik for {region}',
    'statistics.intro':
      'Hvad borgerne søger efter i regionens kommuner og ikke finder. Kun antal: loggen siger intet om, hvem der søgte.',
    'statistics.municipalities.caption': 'Søgninger pr. kommune.',
    'statistics.where': 'Fordelt på kommuner',
    'statistics.challenge': 'Udfordring',
    'statistics.challenges.caption': 'Udfordringer fordelt på kommuner, flest først.',

    'offer.back': 'Tilbage til søgningen',
    'offer.readOnly':
      'Du kan læse tilbuddet, men ikke rette det. Kontakt kommunens redaktion, hvis noget er forkert.',
    'offer.municipality': 'Kommune',
    'offer.hiddenAsStale': 'Skjult for borgerne, fordi det ikke er bekræftet i tide.',
    'offer.forEveryone': 'Tilbuddet har ingen aldersgrænse eller målgruppe.',
  },
  en: {
    'nav.label': 'The region’s pages',
    'nav.search': 'Search the municipalities’ services',
    'nav.statistics': 'Search statistics',

    'search.title': 'Search the services in {region}',
    'search.intro':
      'Every service of the region’s municipalities and the region’s own, drafts, services awaiting approval and archived ones included. You can read them, not change them.',
    'search.status': 'Status',
    'search.municipality': 'Municipality: {name}',

    'statistics.title': 'Search statistics for {region}',
    'statistics.intro':
      'What citizens search for in the region’s municipalities and do not find. Counts only: the log says nothing about who searched.',
    'statistics.municipalities.caption': 'Searches per municipality.',
    'statistics.where': 'By municipality',
    'statistics.challenge': 'Challenge',
    'statistics.challenges.caption': 'Challenges by municipality, most first.',

    'offer.back': 'Back to the search',
    'offer.readOnly':
      'You can read the service, not change it. Contact the municipality’s editors if something is wrong.',
    'offer.municipality': 'Municipality',
    'offer.hiddenAsStale': 'Hidden from citizens because it was not confirmed in time.',
    'offer.forEveryone': 'The service has no age limit or target group.',
  },
});
