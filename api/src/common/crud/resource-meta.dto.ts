import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** What every stored resource has besides its own fields. */
export class ResourceMetaDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Increases with every change; send it back to update (optimistic locking).', minimum: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** An update names the version it was based on; a stale version gets 409 and changes nothing. */
export class VersionDto {
  @ApiProperty({ description: 'The version the change is based on.', minimum: 1 })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(2147483647, { message: 'must be at most 2147483647' })
  version: number;
}
