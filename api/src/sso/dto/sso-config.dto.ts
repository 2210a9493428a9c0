import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@wijkkracht/contracts';
import { Type } from 'class-transformer';
import {
  ArrayContains,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** https, or plain http on this machine only (a provider in development or tests). */
const ISSUER_URL = /^(https:\/\/[^\s/?#]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?)(\/[^\s?#]*)?$/;
/** RFC 6749 §3.3 scope-token. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/;

export class SsoRoleRuleDto {
  @ApiProperty({ example: 'wijkkracht-managers', minLength: 1, maxLength: 200, description: 'A value of the role claim (exact match).' })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  claimValue: string;

  @ApiProperty({ enum: ROLES, example: 'programme_manager' })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role: Role;
}

/** `PUT /organisation/sso`: the whole configuration; the client secret is write-only and kept when left out. */
export class UpdateSsoConfigDto {
  @ApiProperty({ minimum: 0, description: 'The version you read; 0 when there is no configuration yet (creates it).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(2147483647, { message: 'must be at most 2147483647' })
  version: number;

  @ApiProperty({ description: 'Whether members may sign in through this provider.' })
  @IsBoolean({ message: 'must be true or false' })
  enabled: boolean;

  @ApiProperty({ example: 'https://login.demodam.example/realms/gemeente', maxLength: 500, description: 'The OpenID Connect issuer (https).' })
  @IsString({ message: 'must be text' })
  @Length(1, 500, { message: 'must be 1–500 characters' })
  @Matches(ISSUER_URL, { message: 'must be an https:// URL (http:// only for localhost)' })
  issuerUrl: string;

  @ApiProperty({ example: 'wijkkracht', minLength: 1, maxLength: 300 })
  @IsString({ message: 'must be text' })
  @Length(1, 300, { message: 'must be 1–300 characters' })
  @Matches(/^[\x21-\x7E]+$/, { message: 'must be printable ASCII without spaces' })
  clientId: string;

  @ApiPropertyOptional({
    writeOnly: true,
    minLength: 1,
    maxLength: 500,
    description: 'Write-only: stored encrypted and never returned. Leave out to keep the current secret.',
  })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 500, { message: 'must be 1–500 characters' })
  clientSecret?: string;

  @ApiPropertyOptional({ type: [String], example: ['openid', 'email', 'profile'], maxItems: 20, description: 'Must include openid; default openid, email, profile.' })
  @IsOptional()
  @IsArray({ message: 'must be a list of scopes' })
  @ArrayMinSize(1, { message: 'must hold at least openid' })
  @ArrayMaxSize(20, { message: 'must hold at most 20 scopes' })
  @ArrayUnique({ message: 'must not repeat a scope' })
  @Matches(SCOPE_TOKEN, { each: true, message: 'must be scope names without spaces or quotes' })
  @ArrayContains(['openid'], { message: 'must include openid' })
  scopes?: string[];

  @ApiPropertyOptional({ example: 'groups', maxLength: 100, description: 'Claim holding the user’s groups or roles; a dotted path for nested claims (realm_access.roles). Default groups.' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Matches(/^[A-Za-z0-9_:/-]{1,100}(\.[A-Za-z0-9_:/-]{1,100}){0,4}$/, { message: 'must be a claim name or a dotted path of at most 5 names' })
  roleClaim?: string;

  @ApiPropertyOptional({ type: [SsoRoleRuleDto], maxItems: 100, description: 'Claim values and the role each gives; several matching: the role with the most rights.' })
  @IsOptional()
  @IsArray({ message: 'must be a list of {claimValue, role}' })
  @ArrayMaxSize(100, { message: 'must hold at most 100 rules' })
  @ValidateNested({ each: true })
  @Type(() => SsoRoleRuleDto)
  roleMapping?: SsoRoleRuleDto[];

  @ApiPropertyOptional({ enum: ROLES, nullable: true, description: 'Role when no rule matches; null: such users are refused.' })
  @ValidateIf((o: UpdateSsoConfigDto) => o.defaultRole !== null && o.defaultRole !== undefined)
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}, or null` })
  defaultRole?: Role | null;
}

export class SsoConfigDto {
  @ApiProperty({ description: 'False until an admin saved a configuration (the other fields are then defaults).' })
  configured: boolean;

  @ApiProperty({ minimum: 0, description: 'Send it back to update (optimistic locking); 0 before the first save.' })
  version: number;

  @ApiProperty()
  enabled: boolean;

  @ApiProperty({ nullable: true, type: String })
  issuerUrl: string | null;

  @ApiProperty({ nullable: true, type: String })
  clientId: string | null;

  @ApiProperty({ description: 'Whether a client secret is stored (the secret itself is never returned).' })
  clientSecretSet: boolean;

  @ApiProperty({ type: [String] })
  scopes: string[];

  @ApiProperty()
  roleClaim: string;

  @ApiProperty({ type: [SsoRoleRuleDto] })
  roleMapping: SsoRoleRuleDto[];

  @ApiProperty({ enum: ROLES, nullable: true })
  defaultRole: Role | null;

  @ApiProperty({ description: 'The redirect URI to register at the provider.', example: 'https://wijkkracht.example/api/v1/auth/oidc/callback' })
  redirectUri: string;

  @ApiProperty({ description: 'Where members start signing in (the sign-in page links here).', example: 'https://wijkkracht.example/api/v1/auth/oidc/GM0363/start' })
  signInUrl: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  updatedAt: string | null;
}

export class SsoOrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Gemeente Demodam' })
  name: string;

  @ApiProperty({ example: 'GM0363', description: 'CBS gemeentecode; the start URL accepts it instead of the id.' })
  cbsCode: string;
}

export class OidcStartQueryDto {
  @ApiPropertyOptional({ example: '/wijken', maxLength: 300, description: 'Path of the web app to open after signing in (default /dashboard).' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(300, { message: 'must be at most 300 characters' })
  @Matches(/^\/(?![/\\])(?!api(\/|$))[^\s\\]*$/, { message: 'must be a path of the web app, e.g. /wijken' })
  terug?: string;
}
