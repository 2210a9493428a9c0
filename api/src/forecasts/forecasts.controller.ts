import { Body, Controller, Get, HttpCode, MessageEvent, Param, Post, Query, Res, Sse } from '@nestjs/common';
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
import type { CreateForecastResponse, ForecastRun, HeatMapSlice, Page } from '@wijkkracht/contracts';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/crud/crud-controller';
import { RunEventStream } from '../runs/run-event-stream';
import { CreateForecastDto } from './dto/create-forecast.dto';
import { HeatMapQuery } from './dto/heat-map.query';
import { ListForecastsQuery } from './dto/list-forecasts.query';
import { ForecastsService } from './forecasts.service';

@ApiTags('forecasts')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in (problem+json).' })
@ApiForbiddenResponse({ description: 'The role may not do this (problem+json).' })
@Controller('forecasts')
export class ForecastsController {
  constructor(
    private readonly forecasts: ForecastsService,
    private readonly events: RunEventStream,
  ) {}

  @Post()
  @Roles('admin', 'programme_manager')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start a forecast as a background job, or reuse one with the same input fingerprint',
  })
  @ApiAcceptedResponse({ description: '`{id, status, reused}`; `Location` points at the run.' })
  @ApiBadRequestResponse({ description: 'A field breaks a rule (problem+json naming the field).' })
  @ApiNotFoundResponse({ description: 'The scenario does not exist.' })
  @ApiServiceUnavailableResponse({ description: 'The queue (Redis) is not reachable.' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateForecastDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreateForecastResponse> {
    const started = await this.forecasts.start(principal.organisationId, principal.userId, body);
    res.setHeader('Location', `/api/v1/forecasts/${started.id}`);
    return started;
  }

  @Get()
  @ApiOperation({ summary: 'Forecast runs of the organisation, newest first (without results)' })
  @ApiOkResponse({ description: '`{items, page, pageSize, total}`.' })
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListForecastsQuery,
  ): Promise<Page<ForecastRun>> {
    return this.forecasts.list(principal.organisationId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A run: status, progress (0–100), phase, and the result summary when completed' })
  @ApiOkResponse({ description: 'The run.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string): Promise<ForecastRun> {
    return this.forecasts.get(principal.organisationId, id);
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
  async stream(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe) id: string,
  ): Promise<Observable<MessageEvent>> {
    return this.events.stream('forecast', principal.organisationId, id, 'Deze prognose bestaat niet.');
  }

  @Post(':id/cancel')
  @Roles('admin', 'programme_manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a queued or running forecast' })
  @ApiOkResponse({ description: 'The cancelled run.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
  @ApiConflictResponse({ description: 'The run has already ended.' })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string): Promise<ForecastRun> {
    return this.forecasts.cancel(principal.organisationId, id);
  }

  @Get(':id/heat-map')
  @ApiOperation({
    summary: 'A slice of a completed forecast: one measure and percentile per discipline and period',
  })
  @ApiOkResponse({ description: '`{periods, rows: [{disciplineId, disciplineName, values, capacity}]}`.' })
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
  @ApiNotFoundResponse({ description: 'No such run, or the granularity is not stored with it.' })
  @ApiConflictResponse({ description: 'The run has not completed.' })
  heatMap(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe) id: string,
    @Query() query: HeatMapQuery,
  ): Promise<HeatMapSlice> {
    return this.forecasts.heatMap(principal.organisationId, id, query);
  }
}
