import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { RUN_STATUSES, type RunStatus } from '@wijkkracht/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';

/** Paging as every list (newest first, so no sort), filtered by status. */
export class ListForecastsQuery extends OmitType(PageQueryDto, ['sort'] as const) {
  @ApiPropertyOptional({ enum: RUN_STATUSES })
  @IsOptional()
  @IsIn(RUN_STATUSES, { message: `must be one of ${RUN_STATUSES.join(', ')}` })
  status?: RunStatus;
}
