import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';
import { IsIsoDate } from '../../common/validation/is-iso-date';

export const TASK_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

/** An effort in hours: 0 to a million, two decimals. */
const Hours = (description: string, required = true) =>
  applyDecorators(
    ApiProperty({ minimum: 0, maximum: 1000000, description, example: 240, required }),
    IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' }),
    Min(0, { message: 'must be at least 0' }),
    Max(1000000, { message: 'must be at most 1000000' }),
  );

export class TaskProgressDto {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: `must be one of ${TASK_STATUSES.join(', ')}` })
  status?: (typeof TASK_STATUSES)[number];

  @IsOptional()
  @Hours('Hours already spent on the task.', false)
  hoursSpent?: number;
}

export class UpdateTaskProgressDto extends IntersectionType(TaskProgressDto, VersionDto) {}

export class CreateTaskDto extends TaskProgressDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  wijkId: string;

  @ApiProperty({ example: 'participatie', minLength: 1, maxLength: 60, description: 'Key of the WUP phase.' })
  @IsString({ message: 'must be text' })
  @Length(1, 60, { message: 'must be 1–60 characters' })
  phase: string;

  @ApiProperty({ example: 'Extra bewonersavond', minLength: 1, maxLength: 300 })
  @IsString({ message: 'must be text' })
  @Length(1, 300, { message: 'must be 1–300 characters' })
  name: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  disciplineId: string;

  @Hours('Optimistic effort (hours).')
  effortOptimistic: number;

  @Hours('Most likely effort (hours).')
  effortHours: number;

  @Hours('Pessimistic effort (hours).')
  effortPessimistic: number;

  @ApiProperty({ minimum: 0, maximum: 1300, example: 8 })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1300, { message: 'must be at most 1300' })
  minDurationWeeks: number;

  @ApiProperty({ minimum: 0, maximum: 1300, example: 16, description: 'Longest stretch the leveller may use.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1300, { message: 'must be at most 1300' })
  maxDurationWeeks: number;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsIsoDate()
  earliestStart?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'A fixed start chosen by a planner.' })
  @IsOptional()
  @IsIsoDate()
  pinnedStart?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsIsoDate()
  pinnedEnd?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(100000, { message: 'must be at most 100000' })
  sequence?: number;
}

export class UpdateTaskDto extends IntersectionType(PartialType(CreateTaskDto), VersionDto) {}

export class TaskDto extends IntersectionType(ResourceMetaDto, CreateTaskDto) {}

export class TaskQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only tasks nobody is assigned to (true) or only assigned ones (false).' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  unassigned?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  wijkId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  disciplineId?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: `must be one of ${TASK_STATUSES.join(', ')}` })
  status?: (typeof TASK_STATUSES)[number];

  @ApiPropertyOptional({ maxLength: 60 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 60, { message: 'must be 1–60 characters' })
  phase?: string;
}

export class CreateTaskDependencyDto {
  @ApiProperty({ format: 'uuid', description: 'Must finish first.' })
  @IsUUID('all', { message: 'must be a UUID' })
  predecessorId: string;

  @ApiProperty({ format: 'uuid', description: 'Starts after the predecessor finishes, plus the lag.' })
  @IsUUID('all', { message: 'must be a UUID' })
  successorId: string;

  @ApiPropertyOptional({ minimum: -52, maximum: 520, default: 0 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(-52, { message: 'must be at least -52' })
  @Max(520, { message: 'must be at most 520' })
  lagWeeks?: number;
}

/** Endpoints stay as they are; only the lag changes (delete and re-create to rewire). */
export class UpdateTaskDependencyDto extends VersionDto {
  @ApiPropertyOptional({ minimum: -52, maximum: 520 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(-52, { message: 'must be at least -52' })
  @Max(520, { message: 'must be at most 520' })
  lagWeeks?: number;
}

export class TaskDependencyDto extends IntersectionType(ResourceMetaDto, CreateTaskDependencyDto) {}

export class TaskDependencyQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Dependencies whose predecessor or successor is a task of this wijk.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  wijkId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Dependencies into or out of this task.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  taskId?: string;
}
