import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { ROLES, type Role } from '@wijkkracht/contracts';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/crud/page-query.dto';
import { ResourceMetaDto, VersionDto } from '../../common/crud/resource-meta.dto';

export class CreateUserDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'adviseur@demodam.example' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ format: 'password', minLength: 12, maxLength: 1024, description: 'Omit for accounts that sign in through single sign-on.' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(12, 1024, { message: 'must be 12–1024 characters' })
  password?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  active?: boolean;
}

export class UpdateUserDto extends IntersectionType(PartialType(CreateUserDto), VersionDto) {}

export class UserDto extends IntersectionType(ResourceMetaDto, OmitType(CreateUserDto, ['password'] as const)) {}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;
}
