import { defineMessages } from '../i18n/define-messages';

/** Texts of the tenant page's deletion section. */
export const t = defineMessages({
  da: {
    'delete.heading': 'Slet kommunen',
    'delete.suspendFirst':
      'En kommune skal suspenderes, før den kan slettes. Suspendér {name} på listen over kommuner først.',
    'delete.toList': 'Gå til listen over kommuner',
    'delete.intro':
      'Sletningen fjerner kommunens tilbud, brugere, login og domæner for altid. Hent først en sikkerhedskopi: den kan gendannes med kommandolinjen.',
    'delete.download': 'Hent sikkerhedskopi',
    'delete.download.hint':
      'Sletning kræver en sikkerhedskopi taget efter kommunens seneste ændring. Filen kan være stor.',
    'delete.confirm': 'Skriv {slug} for at bekræfte',
    'delete.submit': 'Slet kommunen permanent',
    'delete.done': '{name} er slettet.',
    'delete.errorSummary': 'Kommunen blev ikke slettet',
  },
  en: {
    'delete.heading': 'Delete the municipality',
    'delete.suspendFirst':
      'A municipality must be suspended before it can be deleted. Suspend {name} in the list of municipalities first.',
    'delete.toList': 'Go to the list of municipalities',
    'delete.intro':
      'Deletion removes the municipality’s offers, users, login and domains for good. Download a backup first: it can be restored from the command line.',
    'delete.download': 'Download backup',
    'delete.download.hint':
      'Deletion needs a backup taken after the municipality’s last change. The file may be large.',
    'delete.confirm': 'Type {slug} to confirm',
    'delete.submit': 'Delete the municipality permanently',
    'delete.done': '{name} has been deleted.',
    'delete.errorSummary': 'The municipality was not deleted',
  },
});
