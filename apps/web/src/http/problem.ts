/** The parts of an RFC 9457 problem details body (`application/problem+json`) the client shows. */
export interface Problem {
  title: string;
  status: number;
  detail?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads a failed response's problem details, or `undefined` if the body is not one. */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body) || typeof body.title !== 'string') return undefined;
  return {
    title: body.title,
    status: typeof body.status === 'number' ? body.status : response.status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
  };
}
