import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  ValidateIf,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';
import { IsIsoDate } from '../../common/validation/is-iso-date';
import { WIJK_STRATEGIES } from '../../wijken/dto/wijk.dto';

class ShiftStartDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) wijkId: string;
  @ApiProperty({ minimum: -520, maximum: 520, description: 'Weeks later (negative: earlier).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(-520, { message: 'must be at least -520' })
  @Max(520, { message: 'must be at most 520' })
  weeks: number;
}

class AddWijkDto {
  @ApiProperty({ maxLength: 200 }) @IsString({ message: 'must be text' }) @Length(1, 200, { message: 'must be 1–200 characters' }) name: string;
  @ApiProperty({ pattern: '^WK[0-9]{6}$' }) @Matches(/^WK[0-9]{6}$/, { message: 'must be a CBS wijk code: WK and six digits' }) cbsCode: string;
  @ApiProperty({ minimum: 1, maximum: 100000 })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100000, { message: 'must be at most 100000' })
  homes: number;
  @ApiProperty({ minimum: 0, maximum: 20 })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(20, { message: 'must be at most 20' })
  wave: number;
  @ApiProperty({ enum: WIJK_STRATEGIES })
  @IsIn(WIJK_STRATEGIES, { message: `must be one of ${WIJK_STRATEGIES.join(', ')}` })
  strategy: (typeof WIJK_STRATEGIES)[number];
  @ApiProperty({ minimum: 0.1, maximum: 3 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' })
  @Min(0.1, { message: 'must be at least 0.1' })
  @Max(3, { message: 'must be at most 3' })
  participationIntensity: number;
  @ApiProperty({ format: 'date' }) @IsIsoDate() plannedStart: string;
  @ApiProperty({ format: 'date' }) @IsIsoDate() targetDate: string;
}

class AddStaffDto {
  @ApiProperty({ maxLength: 200 }) @IsString({ message: 'must be text' }) @Length(1, 200, { message: 'must be 1–200 characters' }) name: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) primaryDisciplineId: string;
  @ApiProperty({ minimum: 0.5, maximum: 60 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' })
  @Min(0.5, { message: 'must be at least 0.5' })
  @Max(60, { message: 'must be at most 60' })
  contractHours: number;
  @ApiProperty({ minimum: 0, maximum: 1 })
  @IsNumber({ maxDecimalPlaces: 3 }, { message: 'must be a number with at most 3 decimals' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1, { message: 'must be at most 1' })
  programmeShare: number;
  @ApiProperty({ enum: ['permanent', 'temporary', 'external'] })
  @IsIn(['permanent', 'temporary', 'external'], { message: 'must be one of permanent, temporary, external' })
  employmentType: 'permanent' | 'temporary' | 'external';
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1000, description: 'Euro per hour; required for inhuur (external).' })
  // As for staff members of the plan (a check in the database there): inhuur has a rate.
  @ValidateIf((o: AddStaffDto) => o.employmentType === 'external' || o.hourlyRate != null)
  @IsDefined({ message: 'is required for external staff (inhuur)' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1000, { message: 'must be at most 1000' })
  hourlyRate?: number | null;
  @ApiProperty({ format: 'date' }) @IsIsoDate() startDate: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) @IsOptional() @IsIsoDate() endDate?: string | null;
}

class RemoveStaffDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) staffMemberId: string;
  @ApiProperty({ format: 'date', description: 'No longer available from this date.' }) @IsIsoDate() from: string;
}

class ProgrammeShareDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) staffMemberId: string;
  @ApiProperty({ minimum: 0, maximum: 1 })
  @IsNumber({ maxDecimalPlaces: 3 }, { message: 'must be a number with at most 3 decimals' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1, { message: 'must be at most 1' })
  share: number;
}

/** A list of overrides of one kind, each validated in full. */
const ListOf = (type: new () => object, description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [type], maxItems: 500, description }),
    IsOptional(),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(500, { message: 'must hold at most 500 items' }),
    ValidateNested({ each: true }),
    Type(() => type),
  );

export class ScenarioOverridesDto {
  @ListOf(ShiftStartDto, 'Move wijken by some weeks (start and target together).')
  shiftStarts?: ShiftStartDto[];

  @ListOf(AddWijkDto, 'An extra wave of wijken.')
  addWijken?: AddWijkDto[];

  @ListOf(AddStaffDto, 'Extra staff: hires or inhuur.')
  addStaff?: AddStaffDto[];

  @ListOf(RemoveStaffDto, 'Staff who are no longer available from a date.')
  removeStaff?: RemoveStaffDto[];

  @ListOf(ProgrammeShareDto, 'Another share of contract hours for the programme.')
  programmeShare?: ProgrammeShareDto[];
}

export class CreateScenarioDto {
  @ApiProperty({ example: 'Extra participatiecapaciteit vanaf Q3 2027', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(0, 2000, { message: 'must be at most 2000 characters' })
  description?: string | null;

  @ApiPropertyOptional({ type: ScenarioOverridesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScenarioOverridesDto)
  overrides?: ScenarioOverridesDto;
}

export class UpdateScenarioDto extends IntersectionType(PartialType(CreateScenarioDto), VersionDto) {}

export class ScenarioDto extends IntersectionType(ResourceMetaDto, CreateScenarioDto) {
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) promotedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) promotedBy: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) promotedForecastId: string | null;
}

export class ScenarioQueryDto extends PageQueryDto {}

export class PromoteScenarioDto extends VersionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The forecast the choice was based on.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  forecastId?: string;
}
