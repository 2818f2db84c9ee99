import { defineMessages } from '../i18n/define-messages';

export const t = defineMessages({
  da: {
    'origin.national': 'Landsdækkende',
    'origin.seeAt': 'Se hos {name}',
    'origin.reportAt': 'Meld fejlen hos {name}',
    'find.title': 'Find din kommune',
    'find.lead':
      'Hver kommune og region har sin egen side med tilbud fra foreninger og kommunen. Vælg din, eller søg i tilbud fra hele landet.',
    'find.filter': 'Skriv navnet på din kommune',
    'find.count.one': '{count} kommune',
    'find.count.other': '{count} kommuner',
    'find.none': 'Ingen kommune eller region har "{text}" i navnet.',
    'find.unaffiliated': 'Andre kommuner',
    'find.regionPortal': 'Søg i hele {name}',
    'find.searchAll': 'Søg i tilbud fra hele landet',
    'start.findHeading': 'Find din kommune',
    'start.findText': 'Søgningen her finder tilbud fra hele Danmark. Din kommune har også sin egen side.',
    'start.membersHeading': 'Kommunerne i {region}',
    'start.membersText':
      'Søgningen her finder tilbud fra hele regionen. Hver kommune har også sin egen side:',
  },
  en: {
    'origin.national': 'Nationwide',
    'origin.seeAt': 'See it at {name}',
    'origin.reportAt': 'Report the error to {name}',
    'find.title': 'Find your municipality',
    'find.lead':
      'Every municipality and region has its own site with services from associations and the municipality. Choose yours, or search services from all of Denmark.',
    'find.filter': 'Type the name of your municipality',
    'find.count.one': '{count} municipality',
    'find.count.other': '{count} municipalities',
    'find.none': 'No municipality or region has "{text}" in its name.',
    'find.unaffiliated': 'Other municipalities',
    'find.regionPortal': 'Search all of {name}',
    'find.searchAll': 'Search services from all of Denmark',
    'start.findHeading': 'Find your municipality',
    'start.findText':
      'This search finds services from all of Denmark. Your municipality also has its own site.',
    'start.membersHeading': 'The municipalities of {region}',
    'start.membersText':
      'This search finds services from the whole region. Each municipality also has its own site:',
  },
});
