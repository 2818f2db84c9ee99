import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { Request, Response } from 'express';
import { ProblemDetailsDto } from './problem-details.dto';
import { isDependencyUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from './dependency-unavailable';
import { ProblemError } from './problem-error';

/** A problem before the filter adds the `instance` it answers for. */
type ProblemDetails = Omit<ProblemDetailsDto, 'instance'>;

const DEFAULT_TITLES: Record<number, string> = {
  400: 'Ugyldig forespørgsel',
  401: 'Du er ikke logget ind',
  403: 'Adgang nægtet',
  404: 'Findes ikke',
  409: 'Konflikt',
  413: 'For stor forespørgsel',
  415: 'Ukendt dataformat',
  422: 'Kan ikke behandles',
  429: 'For mange forespørgsler',
  500: 'Der opstod en fejl hos os',
  503: 'Tjenesten er midlertidigt utilgængelig',
};

/** Turns every error into `application/problem+json`; unexpected errors are logged, never echoed. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.status === 503) {
      // Expected while the database restarts: one line, not a stack per request.
      this.logger.warn(`503 for ${request.method} ${request.path}: ${describe(exception)}`);
      // A status of 503 promises a retry; a load balancer or client reads when (RFC 9110 §10.2.3).
      if (!response.hasHeader('Retry-After')) {
        response.setHeader('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      }
    } else if (problem.status >= 500) this.logger.error(exception);
    response
      .status(problem.status)
      .type('application/problem+json')
      .json({ ...problem, instance: request.originalUrl } satisfies ProblemDetailsDto);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (exception instanceof ProblemError) {
      const { status } = exception;
      return {
        type: `urn:socialkompas:problem:${exception.code}`,
        title: DEFAULT_TITLES[status],
        status,
        detail: exception.message,
        errors: exception.field ? [{ field: exception.field, message: exception.message }] : undefined,
      };
    }
    const clientStatus = clientErrorStatusOf(exception);
    if (clientStatus) {
      const { code, column } =
        exception instanceof QueryFailedError
          ? (exception.driverError as { code?: string; column?: string })
          : { code: undefined, column: undefined };
      return {
        type: 'about:blank',
        title: DEFAULT_TITLES[clientStatus] ?? DEFAULT_TITLES[400],
        status: clientStatus,
        detail: code ? DATABASE_ERROR_DETAILS[code] : undefined,
        errors:
          code === '23502' && column ? [{ field: column, message: `${column} skal udfyldes.` }] : undefined,
      };
    }
    if (isDependencyUnavailable(exception)) {
      return {
        type: 'urn:socialkompas:problem:unavailable',
        title: DEFAULT_TITLES[503],
        status: 503,
        detail: 'Vi kan ikke nå vores database lige nu. Prøv igen om lidt.',
      };
    }
    return { type: 'about:blank', title: DEFAULT_TITLES[500], status: 500 };
  }
}

function describe(exception: unknown): string {
  return exception instanceof Error ? exception.message : String(exception);
}

/**
 * PostgreSQL errors that bad input or a clash between requests causes: a safety net behind the
 * DTO validation, so they are answered as what they are, not as a 500.
 */
const INPUT_ERROR_CODES: Record<string, number> = {
  '22001': 400, // string too long
  '22003': 400, // numeric value out of range
  '22007': 400, // invalid date or time format
  '22008': 400, // date or time out of range
  '22021': 400, // invalid byte sequence (e.g. a NUL character)
  '22P02': 400, // invalid text representation
  '22P05': 400, // untranslatable character (e.g. NUL in jsonb)
  '23502': 400, // not-null violation
  '23503': 409, // foreign key violation: what it refers to is gone, or something refers to it
  '23505': 409, // unique violation
  '23514': 400, // check violation
  '40001': 503, // serialization failure: try again
  '40P01': 503, // deadlock: try again
};

const DATABASE_ERROR_DETAILS: Record<string, string> = {
  '23503': 'Noget, som ændringen peger på, findes ikke længere, eller noget andet peger på det.',
  '23505': 'Der findes allerede en med de oplysninger.',
  '23514': 'En af værdierne ligger uden for det tilladte.',
  '40001': 'To ændringer ramte hinanden. Prøv igen.',
  '40P01': 'To ændringer ramte hinanden. Prøv igen.',
};

/**
 * The status (4xx, or 503 for a clash worth retrying) of an error that is not an HttpException:
 * body-parser's errors (too large, bad charset, bad encoding) carry `status` and `expose`;
 * database errors carry a SQLSTATE code.
 */
function clientErrorStatusOf(exception: unknown): number | undefined {
  if (exception instanceof QueryFailedError) {
    return INPUT_ERROR_CODES[(exception.driverError as { code?: string }).code ?? ''];
  }
  const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true ? status : undefined;
}

function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  const body = exception.getResponse();
  const base = { type: 'about:blank', title: DEFAULT_TITLES[status] ?? exception.name, status };
  if (typeof body === 'string') return { ...base, detail: body };
  // Nest's own exceptions carry { statusCode, message, error }; ours carry { title, detail, errors }.
  const { statusCode: _statusCode, error: _error, message, ...rest } = body as Record<string, unknown>;
  const detail =
    typeof message === 'string' ? message : Array.isArray(message) ? message.join(' ') : undefined;
  // The HTTP status always wins over whatever `status` a body may carry.
  return { ...base, ...(detail ? { detail } : {}), ...rest, status } as ProblemDetails;
}
