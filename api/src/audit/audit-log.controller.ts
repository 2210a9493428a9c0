import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
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
import { pageOf, uuidPipe } from '../common/crud/crud-controller';
import { streamTable } from '../exports/write-table';
import { AuditLogService, AUDIT_EXPORT_COLUMNS, MAX_EXPORT_EVENTS } from './audit-log.service';
import { AuditEventDto, AuditEventQueryDto, AuditExportQueryDto } from './dto/audit-event.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The organisation's audit log: sign-ins, permission changes and every change of data, for its admins only. */
@ApiTags('audit-events')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@ApiForbiddenResponse({ description: 'Only admins read the audit log.' })
@Controller('audit-events')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: "The organisation's audit events, newest first: who, when, what, before and after." })
  @ApiOkResponse({ type: pageOf(AuditEventDto) })
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: AuditEventQueryDto) {
    return this.auditLog.list(principal, query);
  }

  // Declared before `:id`, so `export` is never taken for an id.
  @Get('export')
  @Roles('admin')
  @ApiOperation({
    summary: `The audit events with the list's filters as XLSX or CSV (Dutch headers, newest first), streamed; at most ${MAX_EXPORT_EVENTS} events.`,
  })
  @ApiProduces(XLSX, 'text/csv')
  @ApiOkResponse({ description: 'The file (XLSX or CSV).', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: `A query parameter breaks a rule, or more than ${MAX_EXPORT_EVENTS} events match (narrow the period).` })
  async export(@CurrentPrincipal() principal: Principal, @Query() query: AuditExportQueryDto, @Res() res: Response): Promise<void> {
    const { format = 'xlsx', ...filters } = query;
    await this.auditLog.assertExportable(principal, filters);
    res.setHeader('Content-Disposition', `attachment; filename="auditlog.${format}"`);
    res.type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX);
    try {
      await streamTable({ sheetName: 'Auditlog', columns: AUDIT_EXPORT_COLUMNS }, this.auditLog.exportRows(principal, filters), format, res);
    } catch (error) {
      // Headers are sent: the client sees a broken download rather than a partial file that looks whole.
      res.destroy(error as Error);
    }
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'One audit event.' })
  @ApiOkResponse({ type: AuditEventDto })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: "No such event in your organisation's audit log." })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
    return this.auditLog.get(principal, id);
  }
}
