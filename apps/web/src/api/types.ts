import type { paths } from './schema';

type JsonContent<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessOf<Operation> = Operation extends { responses: infer Responses }
  ? JsonContent<Responses[Extract<keyof Responses, 200 | 201>]>
  : never;

/** The JSON body a successful call of `method path` answers with, as the OpenAPI document says. */
export type ResponseOf<
  Path extends keyof paths,
  Method extends keyof paths[Path] & ('get' | 'post' | 'put' | 'patch' | 'delete'),
> = SuccessOf<paths[Path][Method]>;

/** The JSON body `method path` accepts. */
export type RequestBodyOf<
  Path extends keyof paths,
  Method extends keyof paths[Path] & ('post' | 'put' | 'patch'),
> = paths[Path][Method] extends { requestBody?: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

/** The query parameters `GET path` accepts. */
export type QueryOf<Path extends keyof paths> = paths[Path] extends {
  get: { parameters: { query?: infer Query } };
}
  ? NonNullable<Query>
  : never;
