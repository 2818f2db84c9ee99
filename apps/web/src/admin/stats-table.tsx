import { DataTable } from '../areas/data-table';

/** A small table whose first column names each row; says so when there is nothing to show. */
export function StatsTable({
  caption,
  headings,
  rows,
  empty,
}: {
  caption: string;
  headings: string[];
  rows: string[][];
  /** What an empty table means, in this table's own words. */
  empty: string;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
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
