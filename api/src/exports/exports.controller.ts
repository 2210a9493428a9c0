import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
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
import { ExportQueryDto, ForecastExportQueryDto, TaskExportQueryDto } from './dto/export-query.dto';
import { ExportsService } from './exports.service';
import { ExportTable, writeTable } from './write-table';

const FILE = { description: 'The file (XLSX or CSV).', schema: { type: 'string', format: 'binary' } };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function send(
  res: Response,
  table: ExportTable,
  format: 'xlsx' | 'csv' | undefined,
  name: string,
): Promise<void> {
  const file = await writeTable(table, format ?? 'xlsx');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${file.extension}"`);
  res.type(file.contentType).send(file.body);
}

@ApiTags('exports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@ApiForbiddenResponse({ description: 'The role may not do this.' })
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('exports/tasks')
  @Roles('admin', 'programme_manager', 'team_lead', 'staff', 'viewer')
  @ApiOperation({ summary: 'Tasks of all wijken (or one) as XLSX or CSV, with Dutch headers and formats.' })
  @ApiProduces(XLSX, 'text/csv')
  @ApiOkResponse(FILE)
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
  @ApiNotFoundResponse({ description: 'No such wijk in your organisation.' })
  async tasks(
    @CurrentPrincipal() principal: Principal,
    @Query() query: TaskExportQueryDto,
    @Res() res: Response,
  ) {
    await send(res, await this.exports.tasks(principal, query.wijkId), query.format, 'taken');
  }

  @Get('exports/staff-allocation')
  @Roles('admin', 'programme_manager', 'team_lead', 'viewer')
  @ApiOperation({ summary: 'Staff and their assignments (hours a week per task and period) as XLSX or CSV.' })
  @ApiProduces(XLSX, 'text/csv')
  @ApiOkResponse(FILE)
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
  async staffAllocation(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ExportQueryDto,
    @Res() res: Response,
  ) {
    await send(res, await this.exports.staffAllocation(principal), query.format, 'inzet-medewerkers');
  }

  @Get('forecasts/:id/export')
  @Roles('admin', 'programme_manager', 'team_lead', 'staff', 'viewer')
  @ApiOperation({
    summary:
      'A completed forecast per discipline and period (capacity, P10/P50/P80/P90 of demand and shortfall) as XLSX or CSV.',
  })
  @ApiProduces(XLSX, 'text/csv')
  @ApiOkResponse(FILE)
  @ApiBadRequestResponse({ description: 'The id is not a UUID or a query parameter breaks a rule.' })
  @ApiNotFoundResponse({ description: 'No such forecast in your organisation, or none of this granularity.' })
  @ApiConflictResponse({ description: 'The forecast is not completed yet.' })
  async forecast(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe) id: string,
    @Query() query: ForecastExportQueryDto,
    @Res() res: Response,
  ) {
    const granularity = query.granularity ?? 'month';
    await send(
      res,
      await this.exports.forecast(principal, id, granularity),
      query.format,
      `prognose-${granularity}`,
    );
  }
}
