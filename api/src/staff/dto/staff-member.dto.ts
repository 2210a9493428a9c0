import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';
import { IsIsoDate } from '../../common/validation/is-iso-date';

const EMPLOYMENT_TYPES = ['permanent', 'temporary', 'external'] as const;

export class CreateStaffMemberDto {
  @ApiProperty({ example: 'Sanne de Vries', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  primaryDisciplineId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Flexible capacity the leveller may draw on.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  secondaryDisciplineId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  teamId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The person’s own account, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  userId?: string | null;

  @ApiProperty({ example: 36, exclusiveMinimum: true, minimum: 0, maximum: 60, description: 'Hours a week; 36 = 1 fte (CAO Gemeenten).' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' })
  @Min(0.5, { message: 'must be at least 0.5' })
  @Max(60, { message: 'must be at most 60' })
  contractHours: number;

  @ApiPropertyOptional({ example: 0.8, minimum: 0, maximum: 1, default: 0.8, description: 'Share of contract hours for the programme.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 }, { message: 'must be a number with at most 3 decimals' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1, { message: 'must be at most 1' })
  programmeShare?: number;

  @ApiProperty({ enum: EMPLOYMENT_TYPES, description: 'vast, tijdelijk or inhuur' })
  @IsIn(EMPLOYMENT_TYPES, { message: `must be one of ${EMPLOYMENT_TYPES.join(', ')}` })
  employmentType: (typeof EMPLOYMENT_TYPES)[number];

  @ApiPropertyOptional({ type: Number, example: 110, minimum: 0, maximum: 1000, nullable: true, description: 'Euro per hour; required for inhuur.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1000, { message: 'must be at most 1000' })
  hourlyRate?: number | null;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsIsoDate()
  startDate: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'CDOKE', description: 'A temporary budget behind the post.' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  fundingSource?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'The post ends when its funding ends.' })
  @IsOptional()
  @IsIsoDate()
  fundingEndDate?: string | null;
}

export class UpdateStaffMemberDto extends IntersectionType(PartialType(CreateStaffMemberDto), VersionDto) {}

export class StaffMemberDto extends IntersectionType(ResourceMetaDto, CreateStaffMemberDto) {}

export class StaffMemberQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only staff with this primary discipline.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  disciplineId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  teamId?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES, { message: `must be one of ${EMPLOYMENT_TYPES.join(', ')}` })
  employmentType?: (typeof EMPLOYMENT_TYPES)[number];
}

export class CreateLeavePeriodDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  staffMemberId: string;

  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  startDate: string;

  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  endDate: string;

  @ApiProperty({ example: 36, minimum: 0.5, maximum: 60, description: 'Hours of leave per week in the period.' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' })
  @Min(0.5, { message: 'must be at least 0.5' })
  @Max(60, { message: 'must be at most 60' })
  hoursPerWeek: number;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  reason?: string | null;
}

export class UpdateLeavePeriodDto extends IntersectionType(PartialType(CreateLeavePeriodDto), VersionDto) {}

export class LeavePeriodDto extends IntersectionType(ResourceMetaDto, CreateLeavePeriodDto) {}

export class LeavePeriodQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  staffMemberId?: string;
}
