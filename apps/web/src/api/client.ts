import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, toProblem } from '../http/problem';
import type { paths } from './schema';

let csrfToken: string | undefined;

/** The session's CSRF token from `GET /api/v1/me`; sent with every change a logged-in user makes. */
export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The CSRF header for a change sent outside the typed client (e.g. a multipart upload). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

const sendCsrfToken: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD'].includes(request.method))
      request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The typed client of the API, generated from its OpenAPI document (`npm run openapi`). */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  headers: { Accept: 'application/json' },
  credentials: 'same-origin',
  // Lists travel as `challenge=angst,ensomhed`, the form the API's filters read.
  querySerializer: { array: { style: 'form', explode: false } },
});
api.use(sendCsrfToken);

type Result<Data> = { data?: Data; error?: unknown; response: Response };

/** The answer's data, or an ApiError with the API's problem details. */
export async function unwrap<Data>(call: Promise<Result<Data>>): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, toProblem(error, response.status));
  return data as Data;
}
