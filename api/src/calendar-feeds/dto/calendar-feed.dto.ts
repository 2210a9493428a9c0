import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class CreateCalendarFeedDto {
  @ApiProperty({ example: 'Raadsbesluiten warmtetransitie', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Only this wijk; without it, every wijk of the organisation.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  wijkId?: string | null;
}

export class CalendarFeedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  wijkId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;
}

export class CreatedCalendarFeedDto extends CalendarFeedDto {
  @ApiProperty({ description: 'Secret; shown once, only its hash is stored. Revoke the feed to stop it.' })
  token: string;

  @ApiProperty({
    example: '/api/v1/calendar-feeds/feed/wkcal_…',
    description: 'Path to subscribe to (prefix the host).',
  })
  path: string;
}
