import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import type { InvalidParam, Problem } from '@wijkkracht/contracts';

const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  422: 'Niet verwerkbaar',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

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
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
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
      const { code, constraint, detail } = exception.driverError as { code?: string; constraint?: string; detail?: string };
      if (code === '23505') return problem(409, `Bestaat al: ${detail ?? constraint ?? 'unieke waarde'}`);
      if (code === '23503') return problem(409, `Verwijst naar iets dat niet (meer) bestaat of nog in gebruik is (${constraint}).`);
      if (code === '23514' || code === '22P02' || code === '22007' || code === '22003') {
        return problem(400, `Ongeldige waarde (${constraint ?? code}).`);
      }
    }
    if (isBodyParserError(exception)) {
      return exception.status === 413
        ? problem(413, 'De body van het verzoek is te groot.')
        : problem(400, 'De body van het verzoek is geen geldige JSON.', [{ name: 'body', reason: 'must be valid JSON' }]);
    }
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
  }
}

export function problem(status: number, detail: string, invalidParams?: InvalidParam[]): Problem {
  return {
    type: `https://wijkkracht.example/problems/${status}`,
    title: TITLES[status] ?? 'Fout',
    status,
    detail,
    ...(invalidParams?.length ? { invalidParams } : {}),
  };
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return typeof e === 'object' && e !== null && 'type' in e && 'status' in e && typeof (e as { status: unknown }).status === 'number';
}
