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
import type { LevelledTaskDto, LevellingRun, Page, StartedRunResponse } from '@wijkkracht/contracts';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/crud/crud-controller';
import { ListForecastsQuery } from '../forecasts/dto/list-forecasts.query';
import { RunEventStream } from '../runs/run-event-stream';
import { CreateLevellingRunDto } from './dto/create-levelling-run.dto';
import { LevelledTasksQuery } from './dto/levelled-tasks.query';
import { LevellingRunsService } from './levelling-runs.service';

@ApiTags('levelling-runs')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in (problem+json).' })
@ApiForbiddenResponse({ description: 'The role may not do this (problem+json).' })
@Controller('levelling-runs')
export class LevellingRunsController {
  constructor(
    private readonly runs: LevellingRunsService,
    private readonly events: RunEventStream,
  ) {}

  @Post()
  @Roles('admin', 'programme_manager')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Level the plan (or a scenario) as a background job, or reuse a run with the same input fingerprint',
  })
  @ApiAcceptedResponse({ description: '`{id, status, reused}`; `Location` points at the run.' })
  @ApiBadRequestResponse({ description: 'A field breaks a rule (problem+json naming the field).' })
  @ApiNotFoundResponse({ description: 'The scenario does not exist.' })
  @ApiServiceUnavailableResponse({ description: 'The queue (Redis) is not reachable.' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateLevellingRunDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StartedRunResponse> {
    const started = await this.runs.create(principal.organisationId, principal.userId, body);
    res.setHeader('Location', `/api/v1/levelling-runs/${started.id}`);
    return started;
  }

  @Get()
  @ApiOperation({ summary: 'Levelling runs of the organisation, newest first (without results)' })
  @ApiOkResponse({ description: '`{items, page, pageSize, total}`.' })
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListForecastsQuery): Promise<Page<LevellingRun>> {
    return this.runs.list(principal.organisationId, query);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'A run: status, progress, phase and, when completed, the schedule in summary: milestones, unplaceable tasks with reasons, overloads, late milestones explained, and the tasks moved since the previous levelling',
  })
  @ApiOkResponse({ description: 'The run.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string): Promise<LevellingRun> {
    return this.runs.get(principal.organisationId, id);
  }

  @Get(':id/tasks')
  @ApiOperation({ summary: 'The levelled schedule of a completed run, in start order, by page' })
  @ApiOkResponse({ description: '`{items: [{taskId, taskName, wijkId, start, finish, …}], page, pageSize, total}`.' })
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
  @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
  @ApiConflictResponse({ description: 'The run has not completed.' })
  tasks(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe) id: string,
    @Query() query: LevelledTasksQuery,
  ): Promise<Page<LevelledTaskDto>> {
    return this.runs.tasks(principal.organisationId, id, query);
  }

  @Sse(':id/events')
  @ApiOperation({ summary: 'Server-sent events with the run’s progress until it ends (event type "progress")' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'A stream of `{id, status, progress, phase, error?}`; closes when the run ends.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
  stream(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string): Promise<Observable<MessageEvent>> {
    return this.events.stream('levelling', principal.organisationId, id, 'Deze planning bestaat niet.');
  }

  @Post(':id/cancel')
  @Roles('admin', 'programme_manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a queued or running levelling' })
  @ApiOkResponse({ description: 'The cancelled run.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such run in this organisation.' })
  @ApiConflictResponse({ description: 'The run has already ended.' })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string): Promise<LevellingRun> {
    return this.runs.cancel(principal.organisationId, id);
  }
}
