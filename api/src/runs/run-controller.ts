import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  MessageEvent,
  Param,
  Post,
  Query,
  Res,
  Sse,
  Type,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Page, StartedRunResponse } from '@wijkkracht/contracts';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/crud/crud-controller';
import { ListForecastsQuery } from '../forecasts/dto/list-forecasts.query';
import { RunEventStream } from './run-event-stream';
import type { RunKind } from './run-events';

/** What a run resource's service offers the shared operations (forecasts, levelling and advice runs). */
export interface RunsApi {
  list(organisationId: string, query: ListForecastsQuery): Promise<Page<unknown>>;
  get(organisationId: string, id: string): Promise<unknown>;
  cancel(organisationId: string, id: string): Promise<unknown>;
}

export interface RunControllerOptions<S extends RunsApi, B extends object> {
  /** The resource's service, injected into the controller as `runs`. */
  service: Type<S>;
  /** Kebab-case plural path under /api/v1 and the OpenAPI tag, e.g. `advice-runs`. */
  path: string;
  kind: RunKind;
  /** The 404 detail of the event stream, e.g. "Dit advies bestaat niet.". */
  notFoundDetail: string;
  /** The request body of `POST /{path}`. */
  create: Type<B>;
  /** Starts a run (or reuses one with the same input fingerprint). */
  start: (service: S, principal: Principal, body: B) => Promise<StartedRunResponse>;
  /** The OpenAPI summaries of the operations whose wording is the resource's own. */
  summaries: { create: string; list: string; get: string; cancel: string };
}

/**
 * The operations every background run resource has (start, list, read, progress events, cancel),
 * with their guards and OpenAPI description. A resource's controller extends the returned class
 * and may add its own operations, using the injected service as `this.runs`.
 */
export function RunController<S extends RunsApi, B extends object>(o: RunControllerOptions<S, B>) {
  @ApiTags(o.path)
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: 'Not signed in (problem+json).' })
  @ApiForbiddenResponse({ description: 'The role may not do this (problem+json).' })
  @Controller(o.path)
  abstract class RunControllerHost {
    // Property injection: subclasses need no constructor (which would need decorator metadata of their own).
    @Inject(o.service) protected readonly runs: S;
    @Inject(RunEventStream) protected readonly events: RunEventStream;

    @Post()
    @Roles('admin', 'programme_manager')
    @HttpCode(202)
    @ApiOperation({ summary: o.summaries.create })
    @ApiAcceptedResponse({ description: '`{id, status, reused}`; `Location` points at the run.' })
    @ApiBadRequestResponse({ description: 'A field breaks a rule (problem+json naming the field).' })
    @ApiNotFoundResponse({ description: 'The scenario does not exist.' })
    @ApiServiceUnavailableResponse({ description: 'The queue (Redis) is not reachable.' })
    async create(
      @CurrentPrincipal() principal: Principal,
      @Body() body: B,
      @Res({ passthrough: true }) res: Response,
    ): Promise<StartedRunResponse> {
      const started = await o.start(this.runs, principal, body);
      res.setHeader('Location', `/api/v1/${o.path}/${started.id}`);
      return started;
    }

    @Get()
    @ApiOperation({ summary: o.summaries.list })
    @ApiOkResponse({ description: '`{items, page, pageSize, total}`.' })
    @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
    list(@CurrentPrincipal() principal: Principal, @Query() query: ListForecastsQuery) {
      return this.runs.list(principal.organisationId, query) as ReturnType<S['list']>;
    }

    @Get(':id')
    @ApiOperation({ summary: o.summaries.get })
    @ApiOkResponse({ description: 'The run.' })
    @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
    @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
    get(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
      return this.runs.get(principal.organisationId, id) as ReturnType<S['get']>;
    }

    @Sse(':id/events')
    @ApiOperation({
      summary: 'Server-sent events with the run’s progress until it ends (event type "progress")',
    })
    @ApiProduces('text/event-stream')
    @ApiOkResponse({
      description: 'A stream of `{id, status, progress, phase, error?}`; closes when the run ends.',
    })
    @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
    @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
    stream(
      @CurrentPrincipal() principal: Principal,
      @Param('id', uuidPipe) id: string,
    ): Promise<Observable<MessageEvent>> {
      return this.events.stream(o.kind, principal.organisationId, id, o.notFoundDetail);
    }

    @Post(':id/cancel')
    @Roles('admin', 'programme_manager')
    @HttpCode(200)
    @ApiOperation({ summary: o.summaries.cancel })
    @ApiOkResponse({ description: 'The cancelled run.' })
    @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
    @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
    @ApiConflictResponse({ description: 'The run has already ended.' })
    cancel(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
      return this.runs.cancel(principal.organisationId, id) as ReturnType<S['cancel']>;
    }
  }

  // `create` was compiled against the type parameter; give Nest's validation and the OpenAPI
  // document the resource's own request class.
  Reflect.defineMetadata(
    'design:paramtypes',
    [Object, o.create, Object],
    RunControllerHost.prototype,
    'create',
  );
  return RunControllerHost;
}
