/** Answers the API calls of a component test at the fetch boundary, with real Response objects. */

const ANSWER = Symbol.for('socialkompas.test.fetchAnswer');

type Answer = (request: Request) => Response | Promise<Response>;

/** What a route answers: a Response, or a function of the request that makes one. */
export type RouteAnswer = Response | Answer;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An RFC 9457 problem, as the API sends its refusals. */
export function problem(
  status: number,
  body: {
    title: string;
    detail?: string;
    errors?: { field: string; message: string }[];
    /** Members of the problem's own, e.g. `current` of a 409. */
    [member: string]: unknown;
  },
) {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Answers requests by `"METHOD /path"` (the query string does not count); any other request gets a
 * 404 problem. Returns the requests made, in order, for the test to read (their bodies unread).
 */
export function answerApi(routes: Record<string, RouteAnswer>): Request[] {
  const requests: Request[] = [];
  (globalThis as Record<symbol, Answer>)[ANSWER] = async (request) => {
    requests.push(request.clone());
    const route = routes[`${request.method} ${new URL(request.url).pathname}`];
    if (!route) return problem(404, { title: 'Ikke fundet', detail: `${request.method} ${request.url}` });
    return typeof route === 'function' ? route(request) : route.clone();
  };
  return requests;
}
