import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Param,
  Post,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/crud/crud-controller';
import { problem } from '../common/problem';
import {
  requireFile,
  UPLOAD_OPTIONS,
  UploadedFileData,
  UploadTooLargeFilter,
} from '../imports/upload-limits';
import { PROJECT_PLAN_UPLOAD_BODY, ProjectPlanImportResultDto } from './dto/project-plan-import.dto';
import { ProjectPlansService } from './project-plans.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('wijken')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@ApiForbiddenResponse({ description: 'The role may not do this.' })
@UseFilters(UploadTooLargeFilter)
@Controller('wijken/:id/project-plan')
export class ProjectPlansController {
  constructor(private readonly plans: ProjectPlansService) {}

  @Post()
  @Roles('admin', 'programme_manager')
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  @ApiOperation({
    summary:
      'Import a Microsoft Project XML (MSPDI) plan into the wijk: tasks, durations, links, milestones and assignments, all or nothing.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(PROJECT_PLAN_UPLOAD_BODY)
  @ApiCreatedResponse({ type: ProjectPlanImportResultDto })
  @ApiBadRequestResponse({
    description: 'No file, not MSPDI, truncated XML or a cycle of links; nothing was changed.',
  })
  @ApiNotFoundResponse({ description: 'No such wijk in your organisation.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MB.' })
  importPlan(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe) id: string,
    @Body() body: { disciplineId?: string },
    @UploadedFile() file?: UploadedFileData,
  ) {
    const upload = requireFile(file);
    const disciplineId = body?.disciplineId || undefined;
    if (disciplineId !== undefined && !UUID.test(disciplineId)) {
      throw new BadRequestException(
        problem(400, 'Controleer disciplineId.', [{ name: 'disciplineId', reason: 'must be a UUID' }]),
      );
    }
    return this.plans.importPlan(principal, id, upload.buffer, upload.originalname, disciplineId);
  }

  @Get()
  @Roles('admin', 'programme_manager', 'team_lead', 'staff', 'viewer')
  @ApiOperation({
    summary: 'The wijk’s plan as Microsoft Project XML (MSPDI), to open in MS Project or ProjectLibre.',
  })
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'MSPDI document.', schema: { type: 'string' } })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such wijk in your organisation.' })
  async exportPlan(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe) id: string,
    @Res() res: Response,
  ) {
    const { fileName, xml } = await this.plans.exportPlan(principal, id);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.type('application/xml; charset=utf-8').send(xml);
  }
}
