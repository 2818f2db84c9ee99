import { DataTable } from '../areas/data-table';
import { t } from './messages';

/** A small table whose first column names each row; says so when there is nothing to show. */
export function StatsTable({
  caption,
  headings,
  rows,
}: {
  caption: string;
  headings: string[];
  rows: string[][];
}) {
  if (rows.length === 0) return <p>{t('stats.none')}</p>;
  return (
    <DataTable caption={caption} headings={headings}>
      {rows.map(([first, ...rest]) => (
        <tr key={first}>
          <th scope="row">{first}</th>
          {rest.map((cell, index) => (
            <td key={index}>{cell}</td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
