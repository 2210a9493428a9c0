import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';

export class CreateTeamDto {
  @ApiProperty({ example: 'Wijkaanpak', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The user who leads the team and assigns its work.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  leadUserId?: string | null;
}

export class UpdateTeamDto extends IntersectionType(PartialType(CreateTeamDto), VersionDto) {}

export class TeamDto extends IntersectionType(ResourceMetaDto, CreateTeamDto) {}

export class TeamQueryDto extends PageQueryDto {}
