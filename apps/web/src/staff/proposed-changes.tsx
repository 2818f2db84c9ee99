import { t } from './messages';
import { DRAFT_FIELDS } from './offer-draft';

/** A field's label as the offer form shows it; an unknown field by its API name. */
export function labelOf(field: string): string {
  if (field === 'note') return t('reports.note');
  const known = DRAFT_FIELDS.find((name) => name === field);
  return known ? t(`field.${known}`) : field;
}

/** An association's proposed corrections, field by field. */
export function ProposedChanges({ proposed }: { proposed: unknown }) {
  const entries =
    typeof proposed === 'object' && proposed !== null
      ? Object.entries(proposed).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
        )
      : [];
  if (entries.length === 0) return <p>{t('reports.nothingProposed')}</p>;
  return (
    <dl className="staff-proposed">
      {entries.map(([field, value]) => (
        <div key={field}>
          <dt>{labelOf(field)}</dt>
          <dd className="staff-message">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
