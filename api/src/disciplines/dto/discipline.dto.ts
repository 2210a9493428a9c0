import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';

export class CreateDisciplineDto {
  @ApiProperty({ example: 'participatie', pattern: '^[a-z0-9-]{1,60}$', description: 'Stable key used by templates.' })
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'must be 1–60 lower-case letters, digits or -' })
  code: string;

  @ApiProperty({ example: 'Participatie-/omgevingsmanager', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 104, default: 12, description: 'Weeks to fill a vacancy.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(104, { message: 'must be at most 104' })
  hiringLeadWeeks?: number;
}

export class UpdateDisciplineDto extends IntersectionType(PartialType(CreateDisciplineDto), VersionDto) {}

export class DisciplineDto extends IntersectionType(ResourceMetaDto, CreateDisciplineDto) {}

export class DisciplineQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only the discipline with this code.' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'must be 1–60 lower-case letters, digits or -' })
  code?: string;
}
