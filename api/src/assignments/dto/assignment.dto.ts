import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';
import { IsIsoDate } from '../../common/validation/is-iso-date';

export class CreateAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  staffMemberId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  taskId: string;

  @ApiProperty({ example: 8, minimum: 0.25, maximum: 60 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' })
  @Min(0.25, { message: 'must be at least 0.25' })
  @Max(60, { message: 'must be at most 60' })
  hoursPerWeek: number;

  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  startDate: string;

  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  endDate: string;

  @ApiPropertyOptional({ default: true, description: 'A manual assignment is locked: the leveller plans around it.' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  locked?: boolean;
}

export class UpdateAssignmentDto extends IntersectionType(PartialType(CreateAssignmentDto), VersionDto) {}

export class AssignmentDto extends IntersectionType(ResourceMetaDto, CreateAssignmentDto) {
  @ApiProperty({ enum: ['manual', 'leveller'] })
  source: 'manual' | 'leveller';
}

export class AssignmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  staffMemberId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  taskId?: string;
}
