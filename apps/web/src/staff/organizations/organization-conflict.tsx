import { ConflictPanel } from '../conflict-panel';
import { t } from './messages';
import type { OrganizationDraft, OrganizationField } from './organization-draft';

interface OrganizationConflictProps {
  mine: OrganizationDraft;
  theirs: OrganizationDraft;
  /** The fields the editor changed: what saving again would write. */
  changed: OrganizationField[];
  pending: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

const shown = (value: string | boolean) =>
  typeof value === 'boolean' ? t(value ? 'conflict.yes' : 'conflict.no') : value || t('conflict.empty');

/** Someone saved the association after this editor opened it: the differences in what the editor changed. */
export function OrganizationConflict({ mine, theirs, changed, ...choice }: OrganizationConflictProps) {
  const rows = changed
    .filter((field) => mine[field] !== theirs[field])
    .map((field) => ({
      key: field,
      label: t(`field.${field}`),
      mine: shown(mine[field]),
      theirs: shown(theirs[field]),
    }));
  return <ConflictPanel title={t('conflict.title')} intro={t('conflict.intro')} rows={rows} {...choice} />;
}
