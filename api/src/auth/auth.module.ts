import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessToken } from './access-token.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SignInAudit } from './sign-in-audit';
import { SignInThrottle } from './sign-in-throttle';
import { TokenService } from './token.service';

@Module({
  imports: [TypeOrmModule.forFeature([AccessToken])],
  controllers: [AuthController],
  providers: [AuthService, TokenService, SignInThrottle, SignInAudit, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, SignInAudit],
})
export class AuthModule {}
