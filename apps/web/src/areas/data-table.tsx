import type { ReactNode } from 'react';

/**
 * A table of the administration: a caption saying what it holds, column headings, and rows (whose
 * first cell should be a `<th scope="row">`). It scrolls sideways on its own on a narrow screen,
 * and can be focused, so a keyboard can scroll it too.
 */
export function DataTable({
  caption,
  headings,
  children,
}: {
  caption: string;
  headings: string[];
  children: ReactNode;
}) {
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="admin-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
