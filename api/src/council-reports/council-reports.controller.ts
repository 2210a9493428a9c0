import { Controller, Get, Param, Res } from '@nestjs/common';
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
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/crud/crud-controller';
import { CouncilReportsService } from './council-reports.service';

@ApiTags('forecasts')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@ApiForbiddenResponse({ description: 'The role may not do this.' })
@Controller('forecasts')
export class CouncilReportsController {
  constructor(private readonly reports: CouncilReportsService) {}

  @Get(':id/council-report.pdf')
  @Roles('admin', 'programme_manager', 'team_lead', 'staff', 'viewer')
  @ApiOperation({
    summary:
      'The council report (PDF) of a completed forecast: 202 with Retry-After while the worker makes it, then the PDF.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The report.', schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({
    description: 'Being made; ask again after Retry-After seconds.',
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
  })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such forecast in your organisation.' })
  @ApiConflictResponse({ description: 'The forecast is not completed yet.' })
  async councilReport(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe) id: string,
    @Res() res: Response,
  ) {
    const answer = await this.reports.request(principal.organisationId, id);
    if (!answer.ready) {
      res.status(202).setHeader('Retry-After', String(answer.retryAfterSeconds));
      res.json({
        status: 'queued',
        detail: 'Het raadsrapport wordt gemaakt; vraag het over enkele seconden opnieuw op.',
      });
      return;
    }
    res.setHeader('Content-Disposition', `inline; filename="raadsrapport-${id.slice(0, 8)}.pdf"`);
    res.type('application/pdf').send(answer.pdf);
  }
}
