import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import type { Problem } from '@wijkkracht/contracts';
import { problemFromDatabaseError } from './database-error';
import { problem } from './problem';
import { inEnglish, prefersEnglish } from './problem-english';

const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Turns every error into application/problem+json; a 5xx never leaks internals to the client. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request>();
    const response = ctx.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    if (problem.status >= 500) {
      this.logger.error({ err: exception, path: problem.instance }, 'request failed');
    }
    if (response.headersSent) return;
    const retryAfter = (exception as { retryAfter?: unknown })?.retryAfter;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    sendProblem(request, response, problem);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'type' in body && 'detail' in body) {
        return { ...(body as Problem), status };
      }
      const message =
        typeof body === 'string'
          ? body
          : Array.isArray((body as { message?: unknown }).message)
            ? ((body as { message: string[] }).message).join('; ')
            : String((body as { message?: unknown }).message ?? exception.message);
      return problem(status, message);
    }
    if (exception instanceof OptimisticLockVersionMismatchError) {
      return problem(409, 'De gegevens zijn intussen door iemand anders gewijzigd. Laad ze opnieuw.', [
        { name: 'version', reason: 'must equal the current version of the resource' },
      ]);
    }
    if (exception instanceof QueryFailedError) {
      const mapped = problemFromDatabaseError(exception.driverError);
      if (mapped) return mapped;
    }
    if (isBodyParserError(exception)) {
      if (exception.status === 413) return problem(413, 'De body van het verzoek is te groot.');
      if (exception.type === 'entity.too.deep') {
        return problem(400, 'De body van het verzoek is te diep genest.', [{ name: 'body', reason: 'must not be nested deeper than 32 levels' }]);
      }
      return problem(400, 'De body van het verzoek is geen geldige JSON.', [{ name: 'body', reason: 'must be valid JSON' }]);
    }
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
  }
}

/**
 * Sends a problem as application/problem+json: in Dutch, or in English to a client that prefers it
 * (Accept-Language), and says that the answer varies with that header.
 */
export function sendProblem(request: Request, response: Response, body: Problem): void {
  const english = prefersEnglish(request.headers['accept-language']);
  response.vary('Accept-Language');
  response
    .status(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(english ? inEnglish(body) : body));
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return typeof e === 'object' && e !== null && 'type' in e && 'status' in e && typeof (e as { status: unknown }).status === 'number';
}
