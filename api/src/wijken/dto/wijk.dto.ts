import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { QueryInt } from '../../common/validation/query-int';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';
import { IsIsoDate } from '../../common/validation/is-iso-date';

export const WIJK_STRATEGIES = ['all_electric', 'heat_network', 'hybrid', 'insulation_first', 'green_gas'] as const;
export const WIJK_STATUSES = ['not_started', 'in_progress', 'wup_adopted', 'in_execution', 'gas_free'] as const;

export class CreateWijkDto {
  @ApiProperty({ example: 'De Kruidenwijk', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiProperty({ example: 'WK036301', pattern: '^WK[0-9]{6}$', description: 'CBS wijk code.' })
  @Matches(/^WK[0-9]{6}$/, { message: 'must be a CBS wijk code: WK and six digits' })
  cbsCode: string;

  @ApiProperty({ example: 1450, minimum: 1, maximum: 100000 })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100000, { message: 'must be at most 100000' })
  homes: number;

  @ApiProperty({ example: 0, minimum: 0, maximum: 20, description: '0 = startwijk (gas-free by 2030); 1… = later waves.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(20, { message: 'must be at most 20' })
  wave: number;

  @ApiProperty({ enum: WIJK_STRATEGIES, description: 'techniekkeuze / aanpak' })
  @IsIn(WIJK_STRATEGIES, { message: `must be one of ${WIJK_STRATEGIES.join(', ')}` })
  strategy: (typeof WIJK_STRATEGIES)[number];

  @ApiPropertyOptional({ example: 1, minimum: 0.1, maximum: 3, default: 1, description: 'Multiplies participation effort.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' })
  @Min(0.1, { message: 'must be at least 0.1' })
  @Max(3, { message: 'must be at most 3' })
  participationIntensity?: number;

  @ApiProperty({ format: 'date', example: '2027-01-01' })
  @IsIsoDate()
  plannedStart: string;

  @ApiProperty({ format: 'date', example: '2030-12-31' })
  @IsIsoDate()
  targetDate: string;

  @ApiPropertyOptional({ enum: WIJK_STATUSES, default: 'not_started' })
  @IsOptional()
  @IsIn(WIJK_STATUSES, { message: `must be one of ${WIJK_STATUSES.join(', ')}` })
  status?: (typeof WIJK_STATUSES)[number];

  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'Process template: creates its phases, tasks, dependencies and milestones for this wijk, scaled by homes and participation.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  templateId?: string | null;
}

/** The template applies at creation only; afterwards the wijk's own tasks are edited. */
export class UpdateWijkDto extends IntersectionType(PartialType(OmitType(CreateWijkDto, ['templateId'] as const)), VersionDto) {}

export class WijkDto extends IntersectionType(ResourceMetaDto, CreateWijkDto) {
  @ApiProperty({ description: 'wave = 0' })
  isStartwijk: boolean;
}

export class WijkQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 20 })
  @IsOptional()
  @QueryInt()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(20, { message: 'must be at most 20' })
  wave?: number;

  @ApiPropertyOptional({ description: 'Only startwijken (true) or only later wijken (false).' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  startwijk?: boolean;

  @ApiPropertyOptional({ enum: WIJK_STATUSES })
  @IsOptional()
  @IsIn(WIJK_STATUSES, { message: `must be one of ${WIJK_STATUSES.join(', ')}` })
  status?: (typeof WIJK_STATUSES)[number];

  @ApiPropertyOptional({ enum: WIJK_STRATEGIES })
  @IsOptional()
  @IsIn(WIJK_STRATEGIES, { message: `must be one of ${WIJK_STRATEGIES.join(', ')}` })
  strategy?: (typeof WIJK_STRATEGIES)[number];
}
