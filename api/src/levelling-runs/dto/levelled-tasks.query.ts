import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';

/** Paging as every list (in start order, so no sort), optionally one wijk. */
export class LevelledTasksQuery extends OmitType(PageQueryDto, ['sort'] as const) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  wijkId?: string;
}
