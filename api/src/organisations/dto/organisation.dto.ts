import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';
import { IsIsoDate } from '../../common/validation/is-iso-date';

export class OrganisationSettingsDto {
  @ApiPropertyOptional({ example: 'Gemeente Demodam', minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name?: string;

  @ApiPropertyOptional({ example: 0.09, minimum: 0, maximum: 0.5, description: 'Yearly staff turnover; default 9 % (A&O fonds Gemeenten).' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 4 }, { message: 'must be a number with at most 4 decimals' })
  @Min(0, { message: 'must be at least 0' })
  @Max(0.5, { message: 'must be at most 0.5' })
  turnoverRate?: number;

  @ApiPropertyOptional({ description: 'Whether Goede Vrijdag is a day off.' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  goodFridayOff?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'date', maxItems: 366, description: 'The organisation’s own closing days.' })
  @IsOptional()
  @IsArray({ message: 'must be a list of dates' })
  @ArrayMaxSize(366, { message: 'must hold at most 366 dates' })
  @IsIsoDate({ each: true })
  closingDays?: string[];
}

export class UpdateOrganisationDto extends IntersectionType(OrganisationSettingsDto, VersionDto) {}

export class OrganisationDto extends IntersectionType(ResourceMetaDto, OrganisationSettingsDto) {
  @ApiProperty({ example: 'GM0363', description: 'CBS gemeentecode.' })
  cbsCode: string;
}
