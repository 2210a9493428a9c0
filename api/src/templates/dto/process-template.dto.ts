import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsObject, IsString, Length } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';

export class CreateProcessTemplateDto {
  @ApiProperty({ example: 'WUP standaard', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Phases with task templates: {phases: [{key, name, tasks: [{key, name, discipline, effort: {baseHours, hoursPer100Homes, ' +
      'participationScaled}, estimate: {optimisticFactor, pessimisticFactor}, duration: {minWeeks, maxWeeks}, dependsOn: [{task, lagWeeks}], milestone?}]}]}',
  })
  @IsObject({ message: 'must be an object' })
  definition: Record<string, unknown>;
}

export class UpdateProcessTemplateDto extends IntersectionType(PartialType(CreateProcessTemplateDto), VersionDto) {}

export class ProcessTemplateDto extends IntersectionType(ResourceMetaDto, CreateProcessTemplateDto) {}

export class ProcessTemplateQueryDto extends PageQueryDto {}
