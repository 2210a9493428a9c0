import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, ROLES, type ApiTokenView, type CreateApiTokenRequest, type CreatedApiToken, type Role } from '@wijkkracht/contracts';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class CreateApiTokenDto implements CreateApiTokenRequest {
  @ApiProperty({ example: 'Power BI-koppeling', minLength: 1, maxLength: 100 })
  @IsString({ message: 'must be text' })
  @Length(1, 100, { message: 'must be 1–100 characters' })
  name: string;

  @ApiPropertyOptional({
    enum: ROLES,
    description: 'The role the token acts with: your own, or one that may do only part of it. Default: your role.',
  })
  @IsOptional()
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: API_TOKEN_MAX_DAYS, default: API_TOKEN_DEFAULT_DAYS, description: 'Days until the token expires.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: `must be between 1 and ${API_TOKEN_MAX_DAYS}` })
  @Max(API_TOKEN_MAX_DAYS, { message: `must be between 1 and ${API_TOKEN_MAX_DAYS}` })
  expiresInDays?: number;
}

export class ApiTokenDto implements ApiTokenView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;
}

export class CreatedApiTokenDto extends ApiTokenDto implements CreatedApiToken {
  @ApiProperty({ example: 'wkapi_…', description: 'The secret, for `Authorization: Bearer`: shown once, only its SHA-256 is stored.' })
  token: string;
}

export class ApiTokenListDto {
  @ApiProperty({ type: [ApiTokenDto] })
  items: ApiTokenDto[];
}
