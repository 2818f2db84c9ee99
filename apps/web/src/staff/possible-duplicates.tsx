import { Link } from 'react-router';
import { t } from './messages';
import type { SavedOffer } from './staff-api';

/** Offers that look like the one just saved: a warning to check, never a refusal. */
export function PossibleDuplicates({ duplicates }: { duplicates: SavedOffer['possibleDuplicates'] }) {
  if (duplicates.length === 0) return null;
  return (
    <div className="callout">
      <h2>{t('duplicates.title')}</h2>
      <p>{t('duplicates.intro')}</p>
      <ul>
        {duplicates.map((duplicate) => (
          <li key={duplicate.id}>
            <Link to={`/personale/tilbud/${duplicate.id}`}>{duplicate.name}</Link> (
            {t(`status.${duplicate.status}`)})
          </li>
        ))}
      </ul>
    </div>
  );
}
