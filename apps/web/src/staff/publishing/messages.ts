import { defineMessages } from '../../i18n/define-messages';

/** Texts about whether citizens can find an offer, and publishing it with its association. */
export const t = defineMessages({
  da: {
    'confirm.question':
      'Foreningen «{organization}» er ikke offentliggjort. Offentliggør både foreningen og tilbuddet?',
    'confirm.both': 'Offentliggør begge',
    'confirm.cancel': 'Annuller',

    'published.visible': 'Tilbuddet er offentliggjort. Borgerne kan finde det nu.',
    'published.hidden': 'Tilbuddet har status offentliggjort, men borgerne kan ikke finde det: {reasons}.',

    'status.visible': 'Tilbuddets status: Offentliggjort. Borgerne kan finde det.',
    'status.hidden': 'Tilbuddets status: Offentliggjort, men borgerne kan ikke finde det: {reasons}.',
    'status.notPublished':
      'Tilbuddets status: {status}. Borgerne kan ikke se det, før det er offentliggjort.',

    'reason.offer_not_published': 'tilbuddet er ikke offentliggjort',
    'reason.organization_not_published': 'foreningen «{organization}» er ikke offentliggjort',
    'reason.hidden_as_stale': 'det er skjult, fordi ingen har bekræftet det i tide',
    'reason.and': ' og ',

    'places.fromSuggestion': 'Kommer med i kladden som et sted, der skal tjekkes: {place}.',
    'places.noPostcode': 'Der står intet postnummer, så stedet kommer ikke med i kladden. Tilføj det selv.',
    'places.heading': 'Tjek stedet fra forslaget',
    'places.intro':
      'Foreningen skrev selv stedet i sit forslag. Tjek at adressen er rigtig, før du offentliggør. Når du gemmer tilbuddets steder, regnes de for tjekket.',
  },
  en: {
    'confirm.question':
      'The association “{organization}” is not published. Publish both the association and the service?',
    'confirm.both': 'Publish both',
    'confirm.cancel': 'Cancel',

    'published.visible': 'The service has been published. Citizens can find it now.',
    'published.hidden': 'The service has the status published, but citizens cannot find it: {reasons}.',

    'status.visible': 'The service’s status: Published. Citizens can find it.',
    'status.hidden': 'The service’s status: Published, but citizens cannot find it: {reasons}.',
    'status.notPublished': 'The service’s status: {status}. Citizens cannot see it until it is published.',

    'reason.offer_not_published': 'the service is not published',
    'reason.organization_not_published': 'the association “{organization}” is not published',
    'reason.hidden_as_stale': 'it is hidden because nobody confirmed it in time',
    'reason.and': ' and ',

    'places.fromSuggestion': 'Goes into the draft as a place to check: {place}.',
    'places.noPostcode': 'No postcode is given, so the place does not go into the draft. Add it yourself.',
    'places.heading': 'Check the place from the suggestion',
    'places.intro':
      'The association typed the place into its suggestion. Check that the address is right before you publish. When you save the service’s places, they count as checked.',
  },
});
