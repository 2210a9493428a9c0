import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto } from '../../common/crud/resource-meta.dto';

export class CreateBaselineDto {
  @ApiProperty({ example: 'Begroting 2027', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: 'Raadsbesluit 12 november 2026' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(0, 2000, { message: 'must be at most 2000 characters' })
  reason?: string | null;
}

export class BaselineDto extends ResourceMetaDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) takenBy: string | null;
}

export class BaselineQueryDto extends PageQueryDto {}

export class MilestoneShiftDto {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty() name: string;
  @ApiProperty() wijk: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) then: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) now: string | null;
}

export class BaselineComparisonDto {
  @ApiProperty({ description: 'Programme fte (contract hours × programme share / 36) then and now.' }) fteThen: number;
  @ApiProperty() fteNow: number;
  @ApiProperty() wijkenThen: number;
  @ApiProperty() wijkenNow: number;
  @ApiProperty({ description: 'Task effort (most likely hours) then and now.' }) effortHoursThen: number;
  @ApiProperty() effortHoursNow: number;
  @ApiProperty({ type: [MilestoneShiftDto], description: 'Milestones whose deadline moved, appeared or disappeared.' })
  milestoneShifts: MilestoneShiftDto[];
}
