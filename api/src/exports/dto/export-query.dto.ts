import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from '../write-table';

const GRANULARITIES = ['week', 'month', 'quarter', 'year'] as const;

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` })
  format?: ExportFormat;
}

export class TaskExportQueryDto extends ExportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the tasks of this wijk.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  wijkId?: string;
}

export class ForecastExportQueryDto extends ExportQueryDto {
  @ApiPropertyOptional({ enum: GRANULARITIES, default: 'month' })
  @IsOptional()
  @IsIn(GRANULARITIES, { message: `must be one of ${GRANULARITIES.join(', ')}` })
  granularity?: (typeof GRANULARITIES)[number];
}
