import { defineMessages } from '../i18n/define-messages';

export const t = defineMessages({
  da: {
    'share.heading': 'Del',
    'share.copy': 'Kopiér link',
    'share.copied': 'Linket er kopieret',
    'share.copyFailed': 'Linket kunne ikke kopieres. Markér og kopiér det her:',
    'share.email': 'Send på e-mail',
    'share.print': 'Udskriv',
    'share.qr': 'Vis QR-kode',
    'share.hideQr': 'Skjul QR-kode',
    'share.qrLabel': 'QR-kode med link til {name}',
    'share.emailSubject': '{name}',
    'share.emailBody': 'Her er et tilbud, der måske passer til dig:\n\n{name}\n{url}',
    'share.link': 'Link',
    'share.qrOffline': 'QR-koden kan ikke vises uden internetforbindelse.',
  },
  en: {
    'share.heading': 'Share',
    'share.copy': 'Copy link',
    'share.copied': 'The link has been copied',
    'share.copyFailed': 'The link could not be copied. Select and copy it here:',
    'share.email': 'Send by e-mail',
    'share.print': 'Print',
    'share.qr': 'Show QR code',
    'share.hideQr': 'Hide QR code',
    'share.qrLabel': 'QR code linking to {name}',
    'share.emailSubject': '{name}',
    'share.emailBody': 'Here is a service that may suit you:\n\n{name}\n{url}',
    'share.link': 'Link',
    'share.qrOffline': 'The QR code cannot be shown without an internet connection.',
  },
});
