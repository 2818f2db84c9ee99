import { ErrorAlert } from '../feedback/problem-alert';
import { fieldErrors } from '../forms/field';

/**
 * A failed form's problem as an alert, unless the API named only fields of the form: those
 * messages stand under their fields already.
 */
export function FormProblem({ error, fields }: { error: unknown; fields: readonly string[] }) {
  if (!error) return null;
  if (fields.some((field) => fieldErrors(error, field).length > 0)) return null;
  return <ErrorAlert error={error} level={2} />;
}
