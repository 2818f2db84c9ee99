import { useEffect, useRef } from 'react';
import { t } from './messages';

export interface ConflictRow {
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

interface ConflictPanelProps {
  title: string;
  intro: string;
  /** The fields both the editor and the other person changed, each as both would have it. */
  rows: ConflictRow[];
  pending: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Someone saved the record after this editor opened it. Side by side, the editor sees where the
 * two versions differ in what they changed, and chooses which one stands. It takes focus.
 */
export function ConflictPanel({ title, intro, rows, pending, onKeepMine, onUseTheirs }: ConflictPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="staff-conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{intro}</p>
      {rows.length === 0 ? (
        <p>{t('conflict.noOverlap')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="conflict-heading">
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.mine')}</th>
                <th scope="col">{t('conflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="staff-conflict__value">{row.mine}</td>
                  <td className="staff-conflict__value">{row.theirs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="staff-actions">
        <button type="button" className="button button--primary" disabled={pending} onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button" disabled={pending} onClick={onUseTheirs}>
          {t('conflict.useTheirs')}
        </button>
      </div>
    </section>
  );
}
