import { ATTENDING_TYPES, type AttendingType } from '../../../offers/offer.entity';
import type { ImportRecord } from '../import-record';

type Report = (field: string, message: string) => void;

const YES = new Set(['true', 'ja', 'yes', '1']);
const NO = new Set(['false', 'nej', 'no', '0']);

/** What the Danish HSDS profile's fields of a row say; a field the file leaves out is left out here too. */
export interface ProfileFields {
  referralRequired?: boolean;
  anonymous?: boolean;
  attendingTypes?: AttendingType[];
}

function yesOrNo(
  value: string | undefined,
  field: string,
  label: string,
  warning: Report,
): boolean | undefined {
  const word = value?.trim().toLowerCase();
  if (!word) return undefined;
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  warning(field, `${label} «${value}» er hverken ja eller nej; feltet er udeladt.`);
  return undefined;
}

/**
 * The fields the Danish profile adds to an HSDS service (`referral_required`, `anonymous`,
 * `channels`), so what one Socialkompas serves imports into another as it was. A file without
 * them leaves the offer's own values (an editor's) as they are; a value that is not understood is
 * left out with a warning, never an error.
 */
export function checkProfileFields(record: ImportRecord, warning: Report): ProfileFields {
  const fields: ProfileFields = {};
  const referral = yesOrNo(record.referralRequired, 'referralRequired', 'Kræver henvisning', warning);
  if (referral !== undefined) fields.referralRequired = referral;
  const anonymous = yesOrNo(record.anonymous, 'anonymous', 'Anonymt', warning);
  if (anonymous !== undefined) fields.anonymous = anonymous;
  const channels =
    record.channels
      ?.split(',')
      .map((channel) => channel.trim())
      .filter(Boolean) ?? [];
  if (channels.length > 0) {
    const known = channels.filter((channel): channel is AttendingType =>
      (ATTENDING_TYPES as readonly string[]).includes(channel),
    );
    if (known.length === channels.length) fields.attendingTypes = [...new Set(known)];
    else
      warning(
        'channels',
        `Kanaler «${record.channels}» er ikke in_person, online og phone; feltet er udeladt.`,
      );
  }
  return fields;
}
