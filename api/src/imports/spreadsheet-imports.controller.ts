import {
  Controller,
  HttpCode,
  Param,
  ParseEnumPipe,
  Post,
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
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { BadRequestException } from '@nestjs/common';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { problem } from '../common/problem';
import { FILE_UPLOAD_BODY, ImportCommitDto, ImportPreviewDto } from './dto/import-result.dto';
import { SpreadsheetImportKind, SpreadsheetImportsService } from './spreadsheet-imports.service';
import { requireFile, UploadedFileData, UPLOAD_OPTIONS, UploadTooLargeFilter } from './upload-limits';

const KINDS: SpreadsheetImportKind[] = ['staff-members', 'wijken'];
const kindPipe = new ParseEnumPipe(Object.fromEntries(KINDS.map((k) => [k, k])), {
  exceptionFactory: () =>
    new BadRequestException(
      problem(400, 'Importeren kan voor staff-members en wijken.', [
        { name: 'kind', reason: `must be one of ${KINDS.join(', ')}` },
      ]),
    ),
});

@ApiTags('imports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@ApiForbiddenResponse({ description: 'Only admins and programme managers import.' })
@UseFilters(UploadTooLargeFilter)
@Controller('imports')
export class SpreadsheetImportsController {
  constructor(private readonly imports: SpreadsheetImportsService) {}

  @Post(':kind/preview')
  @HttpCode(200)
  @Roles('admin', 'programme_manager')
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  @ApiOperation({
    summary:
      'Check a CSV/XLSX file of staff members or wijken without changing anything: every error by row and column.',
  })
  @ApiParam({ name: 'kind', enum: KINDS })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_UPLOAD_BODY)
  @ApiOkResponse({ type: ImportPreviewDto })
  @ApiBadRequestResponse({ description: 'No file, not CSV/XLSX, or missing/unknown columns.' })
  @ApiNotFoundResponse({ description: 'No such import kind.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MB.' })
  preview(
    @CurrentPrincipal() principal: Principal,
    @Param('kind', kindPipe) kind: SpreadsheetImportKind,
    @UploadedFile() file?: UploadedFileData,
  ) {
    return this.imports.preview(principal, kind, requireFile(file).buffer);
  }

  @Post(':kind')
  @Roles('admin', 'programme_manager')
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  @ApiOperation({
    summary:
      'Import a CSV/XLSX file of staff members or wijken: all rows in one transaction, or nothing when any row is wrong.',
  })
  @ApiParam({ name: 'kind', enum: KINDS })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_UPLOAD_BODY)
  @ApiCreatedResponse({ type: ImportCommitDto })
  @ApiBadRequestResponse({
    description:
      'Any row has an error (each named in invalidParams as "rij N: Kolom"); nothing was imported.',
  })
  @ApiNotFoundResponse({ description: 'No such import kind.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MB.' })
  commit(
    @CurrentPrincipal() principal: Principal,
    @Param('kind', kindPipe) kind: SpreadsheetImportKind,
    @UploadedFile() file?: UploadedFileData,
  ) {
    const upload = requireFile(file);
    return this.imports.commit(principal, kind, upload.buffer, upload.originalname);
  }
}
