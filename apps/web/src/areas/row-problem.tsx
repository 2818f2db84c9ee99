import { ErrorAlert } from '../feedback/problem-alert';

/** The API's refusal of something done to a table row, in a row of its own right under it. */
export function RowProblem({ error, columns }: { error: unknown; columns: number }) {
  if (!error) return null;
  return (
    <tr>
      <td colSpan={columns}>
        <ErrorAlert error={error} level={2} />
      </td>
    </tr>
  );
}
