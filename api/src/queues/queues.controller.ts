import { BadRequestException, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { QueueDashboard, QueueFailedJob } from '@wijkkracht/contracts';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { problem } from '../common/problem';
import { QUEUES } from '../jobs/queue-names';
import { QueuesService } from './queues.service';

@ApiTags('operations')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in (problem+json).' })
@ApiForbiddenResponse({ description: 'Only admins (problem+json).' })
@Controller('queues')
export class QueuesController {
  constructor(private readonly queues: QueuesService) {}

  @Get()
  @Roles('admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'The queue dashboard (admins): per queue the waiting, active, delayed, completed and failed jobs, workers connected, job durations (p50/p95) and your organisation’s recent failed jobs with their reason',
  })
  @ApiOkResponse({ description: '`{at, queues: [{queue, waiting, active, …, workers, paused, durations, failedJobs}]}`.' })
  dashboard(@CurrentPrincipal() principal: Principal): Promise<QueueDashboard> {
    return this.queues.dashboard(principal.organisationId);
  }

  @Post(':name/jobs/:jobId/retry')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Retry a failed job of your organisation (levelling, advice, council report); its run is queued again. A failed forecast is started again instead.',
  })
  @ApiParam({ name: 'name', enum: Object.values(QUEUES) })
  @ApiParam({ name: 'jobId', description: 'The job id as the dashboard shows it (letters, digits, -, _ and :; at most 200).' })
  @ApiOkResponse({ description: 'The job, queued again.' })
  @ApiBadRequestResponse({ description: 'The job id is not one the queues give out (problem+json naming jobId).' })
  @ApiNotFoundResponse({ description: 'No such failed job of your organisation in this queue.' })
  @ApiConflictResponse({ description: 'The job has not failed, its run cannot be resumed, or it is a forecast job.' })
  retry(
    @CurrentPrincipal() principal: Principal,
    @Param('name') name: string,
    @Param('jobId') jobId: string,
  ): Promise<QueueFailedJob> {
    if (!JOB_ID.test(jobId))
      throw new BadRequestException(
        problem(400, 'Controleer jobId.', [{ name: 'jobId', reason: 'must be 1–200 letters, digits, -, _ or :' }]),
      );
    return this.queues.retry(principal.organisationId, name, jobId);
  }
}

/** BullMQ job ids as Wijkkracht makes them (run-derived ids, or BullMQ's numbers). */
const JOB_ID = /^[A-Za-z0-9:_-]{1,200}$/;
