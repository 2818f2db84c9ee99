import { defineMessages } from '../i18n/define-messages';

/**
 * The generated accessibility statement, under the headings of Digitaliseringsstyrelsen's model as
 * the WAS-Tool publishes it (e.g. https://www.was.digst.dk/certifikat-gov-dk).
 */
export const t = defineMessages({
  da: {
    title: 'Tilgængelighedserklæring',
    commitment:
      '{tenant} forpligter sig til at gøre webstedet {site} tilgængeligt, jf. "Lov om tilgængelighed af offentlige organers websteder og mobilapplikationer".',
    'contact.heading': 'Oplever du ikke-tilgængeligt indhold?',
    'contact.text':
      'Du kan underrette {tenant} om indhold, der ikke lever op til kravene, og bede om oplysninger om indhold, der er undtaget. Skriv til {email} eller ring på {phone}.',
    'contact.privacy':
      'Skriv ikke fortrolige eller følsomme personoplysninger, fx cpr-nummer og helbredsoplysninger.',
    'compliance.heading': 'Overholdelsesstatus',
    'compliance.intro':
      'Webstedet vurderes efter den harmoniserede standard EN 301 549 (WCAG 2.1 niveau AA).',
    'compliance.full': 'Webstedet overholder standarden fuldt ud.',
    'compliance.partial': 'Webstedet overholder standarden delvist (overholder de fleste krav).',
    'compliance.none': 'Webstedet overholder ikke standarden (overholder ikke de fleste krav).',
    'evaluation.self': 'Kommunen har selv evalueret webstedet.',
    'evaluation.external': 'Vurderingen er foretaget af en ekstern part.',
    'evaluation.other': 'Kommunen har anvendt en anden metode.',
    'evaluation.note': 'Metode: {note}',
    'inaccessible.heading': 'Ikke-tilgængeligt indhold',
    'inaccessible.none': 'Der er ikke registreret indhold, som ikke er tilgængeligt.',
    'prepared.heading': 'Udarbejdelse af tilgængelighedserklæringen',
    'prepared.text': 'Erklæringen blev udarbejdet den {date}.',
    'enforcement.heading': 'Håndhævelsesprocedure',
    'enforcement.text':
      'Får du ikke svar fra {tenant} inden for 10 arbejdsdage, eller er svaret ikke tilfredsstillende, kan du henvende dig til Digitaliseringsstyrelsen, som fører tilsyn med webtilgængelighedsloven.',
  },
  en: {
    title: 'Accessibility statement',
    commitment:
      '{tenant} is committed to making the website {site} accessible, in accordance with the Danish act on the accessibility of public sector bodies’ websites and mobile applications.',
    'contact.heading': 'Do you meet content that is not accessible?',
    'contact.text':
      'You can tell {tenant} about content that does not meet the requirements, and ask for information about exempted content. Write to {email} or call {phone}.',
    'contact.privacy':
      'Do not send confidential or sensitive personal data, such as your CPR number or health details.',
    'compliance.heading': 'Compliance status',
    'compliance.intro':
      'The website is evaluated against the harmonised standard EN 301 549 (WCAG 2.1 level AA).',
    'compliance.full': 'The website fully complies with the standard.',
    'compliance.partial': 'The website partially complies with the standard (meets most requirements).',
    'compliance.none': 'The website does not comply with the standard (does not meet most requirements).',
    'evaluation.self': 'The municipality evaluated the website itself.',
    'evaluation.external': 'An external party evaluated the website.',
    'evaluation.other': 'The municipality used another method.',
    'evaluation.note': 'Method: {note}',
    'inaccessible.heading': 'Content that is not accessible',
    'inaccessible.none': 'No content has been recorded as not accessible.',
    'prepared.heading': 'Preparation of this accessibility statement',
    'prepared.text': 'The statement was prepared on {date}.',
    'enforcement.heading': 'Enforcement procedure',
    'enforcement.text':
      'If {tenant} does not answer within 10 working days, or the answer is not satisfactory, you can contact the Danish Agency for Digital Government, which supervises the act.',
  },
});
