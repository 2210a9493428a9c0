import { Controller, Get, Header } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { JobMetrics } from '@wijkkracht/contracts';
import { Roles } from '../auth/roles.decorator';
import { MetricsService } from './metrics.service';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Roles('admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Queue depth per queue, job durations per job name, figures of forecast, levelling and advice runs, and the read cache of this API process (admins)',
  })
  @ApiOkResponse({ description: '`{at, queues, durations, forecastRuns, levellingRuns, adviceRuns, readCache}`.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in (problem+json).' })
  @ApiForbiddenResponse({ description: 'Only admins (problem+json).' })
  get(): Promise<JobMetrics> {
    return this.metrics.collect();
  }
}
