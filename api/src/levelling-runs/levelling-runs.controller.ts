import { Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { LevelledTaskDto, Page } from '@wijkkracht/contracts';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { uuidPipe } from '../common/crud/crud-controller';
import { RunController } from '../runs/run-controller';
import { CreateLevellingRunDto } from './dto/create-levelling-run.dto';
import { LevelledTasksQuery } from './dto/levelled-tasks.query';
import { LevellingRunsService } from './levelling-runs.service';

export class LevellingRunsController extends RunController({
  service: LevellingRunsService,
  path: 'levelling-runs',
  kind: 'levelling',
  notFoundDetail: 'Deze planning bestaat niet.',
  create: CreateLevellingRunDto,
  start: (runs, principal, body) => runs.create(principal.organisationId, principal.userId, body),
  summaries: {
    create:
      'Level the plan (or a scenario) as a background job, or reuse a run with the same input fingerprint',
    list: 'Levelling runs of the organisation, newest first (without results)',
    get: 'A run: status, progress, phase and, when completed, the schedule in summary: milestones, unplaceable tasks with reasons, overloads, late milestones explained, and the tasks moved since the previous levelling',
    cancel: 'Cancel a queued or running levelling',
  },
}) {
  @Get(':id/tasks')
  @ApiOperation({ summary: 'The levelled schedule of a completed run, in start order, by page' })
  @ApiOkResponse({
    description: '`{items: [{taskId, taskName, wijkId, start, finish, …}], page, pageSize, total}`.',
  })
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
}
