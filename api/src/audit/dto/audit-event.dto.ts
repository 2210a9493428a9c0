import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { EXPORT_FORMATS, ExportFormat } from '../../exports/write-table';

/** A date (the whole day in the Netherlands) or a date-time with its offset. */
const MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const MOMENT_RULE = 'must be a date as YYYY-MM-DD or a date-time as YYYY-MM-DDTHH:MM:SSZ (or with an offset)';

/** The filters of the audit log, shared by the list and its exports. */
export class AuditFilterDto {
  @ApiPropertyOptional({
    description: 'From this moment: a date (`YYYY-MM-DD`, from the start of that day in the Netherlands) or an ISO 8601 date-time with offset.',
    example: '2026-01-01',
    pattern: MOMENT.source,
  })
  @IsOptional()
  @Matches(MOMENT, { message: MOMENT_RULE })
  @IsISO8601({ strict: true }, { message: 'must be a date that exists' })
  from?: string;

  @ApiPropertyOptional({
    description: 'Up to this moment: a date (up to the end of that day in the Netherlands) or an ISO 8601 date-time with offset.',
    example: '2026-12-31',
    pattern: MOMENT.source,
  })
  @IsOptional()
  @Matches(MOMENT, { message: MOMENT_RULE })
  @IsISO8601({ strict: true }, { message: 'must be a date that exists' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this user did (for sign-ins: attempts on this account).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ maxLength: 254, description: 'Only events of users whose e-mail address begins with this (case ignored).', example: 'beheer@' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  actorEmail?: string;

  @ApiPropertyOptional({ description: 'Kind of record, e.g. `wijk`, `user`, `staff-member`.', example: 'wijk', pattern: '^[a-z][a-z-]{0,49}$' })
  @IsOptional()
  @Matches(/^[a-z][a-z-]{0,49}$/, { message: 'must be a kind of record such as wijk or staff-member' })
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only events about this record.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  entityId?: string;

  @ApiPropertyOptional({
    description: 'An action, or a group of actions by its beginning up to a dot: `auth.login` matches `auth.login.failed` and `auth.login.succeeded`, `user` every change of users.',
    example: 'auth.login',
    pattern: '^[a-z][a-z0-9_.-]{0,99}$',
  })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/, { message: 'must be an action such as wijk.updated, or its beginning such as auth.login' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  action?: string;
}

export class AuditEventQueryDto extends IntersectionType(PageQueryDto, AuditFilterDto) {}

export class AuditExportQueryDto extends AuditFilterDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` })
  format?: ExportFormat;
}

class AuditActorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for a sign-in attempt on an unknown address.' })
  id: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'As it was when the event was written.' })
  email: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The current name; null once the account is deleted.' })
  name: string | null;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ example: 'wijk.updated', description: 'What happened, e.g. `auth.login.failed`, `user.role_changed`, `wijk.updated`.' })
  action: string;

  @ApiProperty({ type: AuditActorDto })
  actor: AuditActorDto;

  @ApiProperty({ type: String, nullable: true, example: 'wijk' })
  entityType: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  entityId: string | null;

  @ApiProperty({ type: Object, nullable: true, description: 'The record before the change (secrets left out).' })
  before: Record<string, unknown> | null;

  @ApiProperty({ type: Object, nullable: true, description: 'The record after the change, or the details of a sign-in.' })
  after: Record<string, unknown> | null;
}
