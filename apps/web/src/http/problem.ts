/** A field the API refused, with its message (the `errors` of our problem details). */
export interface FieldError {
  field: string;
  message: string;
}

/** The parts of an RFC 9457 problem details body (`application/problem+json`) the client shows. */
export interface Problem {
  title: string;
  status: number;
  detail?: string;
  errors: FieldError[];
  /** Extra members some problems carry, e.g. the `current` version of a 409. */
  body: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is FieldError =>
      isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string',
  );
}

/** A problem details body, or `undefined` if `body` is not one. */
export function toProblem(body: unknown, status: number): Problem | undefined {
  if (!isRecord(body) || typeof body.title !== 'string') return undefined;
  return {
    title: body.title,
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors: toFieldErrors(body.errors),
    body,
  };
}

/** Reads a failed response's problem details, or `undefined` if the body is not one. */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  return toProblem(body, response.status);
}

/** Thrown by the API client for every answer that is not a success. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** The messages the API gave for one field, for the form control that holds it. */
  messagesFor(field: string): string[] {
    return (this.problem?.errors ?? [])
      .filter((error) => error.field === field || error.field.startsWith(`${field}.`))
      .map((error) => error.message);
  }
}
