import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';
import { IsIsoDate } from '../../common/validation/is-iso-date';

export const MILESTONE_KINDS = ['council_decision', 'wup_adopted', 'gas_free', 'other'] as const;

export class CreateMilestoneDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  wijkId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Reached when this task of the wijk finishes.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  taskId?: string | null;

  @ApiProperty({ example: 'WUP vastgesteld door de raad', minLength: 1, maxLength: 300 })
  @IsString({ message: 'must be text' })
  @Length(1, 300, { message: 'must be 1–300 characters' })
  name: string;

  @ApiProperty({ enum: MILESTONE_KINDS })
  @IsIn(MILESTONE_KINDS, { message: `must be one of ${MILESTONE_KINDS.join(', ')}` })
  kind: (typeof MILESTONE_KINDS)[number];

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsIsoDate()
  deadline?: string | null;
}

export class UpdateMilestoneDto extends IntersectionType(PartialType(CreateMilestoneDto), VersionDto) {}

export class MilestoneDto extends IntersectionType(ResourceMetaDto, CreateMilestoneDto) {}

export class MilestoneQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  wijkId?: string;

  @ApiPropertyOptional({ enum: MILESTONE_KINDS })
  @IsOptional()
  @IsIn(MILESTONE_KINDS, { message: `must be one of ${MILESTONE_KINDS.join(', ')}` })
  kind?: (typeof MILESTONE_KINDS)[number];
}
