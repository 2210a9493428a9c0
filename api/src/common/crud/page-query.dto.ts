import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PAGE_SIZE } from '@wijkkracht/contracts';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { QueryInt } from '../validation/query-int';

/** Query of every list: page, page size and sort (`field` ascending, `-field` descending). */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @QueryInt()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100000, { message: 'must be at most 100000' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @QueryInt()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` })
  pageSize?: number;

  @ApiPropertyOptional({ description: 'Field to sort by; prefix with - for descending, e.g. `-plannedStart`.', example: 'name' })
  @IsOptional()
  @Matches(/^-?[a-zA-Z]{1,40}$/, { message: 'must be a field name, optionally prefixed with -' })
  sort?: string;
}
