/** Seconds a client is asked to wait when the database does not answer: about one restart. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs of a server that is going away or not there yet: class 08 (connection exceptions),
 * 57P01–57P03 (administrator shutdown, crash shutdown, cannot connect now), 53300 (too many
 * connections).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

/** Socket errors of a server that cannot be reached. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * What pg and TypeORM say, without a code, when a connection died or none could be had: the
 * socket closed under a query, a client that errored, the pool's wait timed out, TypeORM's pool
 * already closed, and a unit of work's next query after TypeORM released the connection that
 * died under it (our code releases a query runner only once its unit of work has ended).
 */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Driver not Connected|Connection is closed|query runner (was )?already released/i;

/**
 * Whether an error means a server the request waits on is unavailable (the database down,
 * restarting or unreachable; a socket refused), as opposed to a fault of the request or of our
 * code. Such a request deserves 503 and a retry, not a 500. Looks through TypeORM's `driverError`
 * and an error's `cause`.
 */
export function isDependencyUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, driverError, cause } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNREACHABLE_CODES.has(code)))
    return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  return isDependencyUnavailable(driverError, depth + 1) || isDependencyUnavailable(cause, depth + 1);
}
