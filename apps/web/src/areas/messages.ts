import { defineMessages } from '../i18n/define-messages';

/** Texts shared by the staff, administration and platform areas. */
export const t = defineMessages({
  da: {
    'gate.loginIntro': 'Siden er for kommunens medarbejdere. Log ind med dit arbejdslogin.',
    'gate.forbidden.admin':
      'Siden er for kommunens administratorer. Spørg en administrator, hvis du skal have adgang.',
    'gate.forbidden.platform': 'Siden er for platformens administratorer.',
    'gate.forbidden.editorial': 'Siden er for redaktører og administratorer.',
    'gate.forbidden.shortlist': 'Siden er for kommunens medarbejdere.',
    'gate.forbidden.region': 'Siden er for regionens koordinatorer og administratorer.',
    'gate.forbidden.association': 'Siden er for foreningernes brugere.',
    'gate.associationIntro': 'Siden er for foreninger. Log ind med et link, vi sender til din e-mail.',
  },
  en: {
    'gate.loginIntro': 'This page is for staff. Log in with your work account.',
    'gate.forbidden.admin': 'This page is for administrators. Ask an administrator if you need access.',
    'gate.forbidden.platform': 'This page is for the platform’s administrators.',
    'gate.forbidden.editorial': 'This page is for editors and administrators.',
    'gate.forbidden.shortlist': 'This page is for staff.',
    'gate.forbidden.region': 'This page is for the region’s coordinators and administrators.',
    'gate.forbidden.association': 'This page is for associations’ members.',
    'gate.associationIntro': 'This page is for associations. Log in with a link we send to your e-mail.',
  },
});
