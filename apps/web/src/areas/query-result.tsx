import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';

/** A query's data once it is there; until then a loading status, or the API's problem. */
export function QueryResult<Data>({
  query,
  children,
  level = 2,
}: {
  query: UseQueryResult<Data>;
  children: (data: Data) => ReactNode;
  /** 1 when the data holds the page's main heading, so the problem takes its place. */
  level?: 1 | 2;
}) {
  if (query.isPending) return <LoadingStatus />;
  if (query.isError) return <ErrorAlert error={query.error} level={level} />;
  return children(query.data);
}
