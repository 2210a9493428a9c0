import { Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { HeatMapSlice } from '@wijkkracht/contracts';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { uuidPipe } from '../common/crud/crud-controller';
import { RunController } from '../runs/run-controller';
import { CreateForecastDto } from './dto/create-forecast.dto';
import { HeatMapQuery } from './dto/heat-map.query';
import { ForecastsService } from './forecasts.service';

export class ForecastsController extends RunController({
  service: ForecastsService,
  path: 'forecasts',
  kind: 'forecast',
  notFoundDetail: 'Deze prognose bestaat niet.',
  create: CreateForecastDto,
  start: (forecasts, principal, body) => forecasts.start(principal.organisationId, principal.userId, body),
  summaries: {
    create: 'Start a forecast as a background job, or reuse one with the same input fingerprint',
    list: 'Forecast runs of the organisation, newest first (without results)',
    get: 'A run: status, progress (0–100), phase, and the result summary when completed',
    cancel: 'Cancel a queued or running forecast',
  },
}) {
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
    return this.runs.heatMap(principal.organisationId, id, query);
  }
}
