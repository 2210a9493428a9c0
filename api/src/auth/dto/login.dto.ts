import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@wijkkracht/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'manager@demodam.example', format: 'email', maxLength: 254 })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;

  @ApiProperty({ example: 'wijkkracht-demo', minLength: 1, maxLength: 1024, format: 'password' })
  @IsString({ message: 'must be a string' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(1024, { message: 'must be at most 1024 characters' })
  password: string;
}
