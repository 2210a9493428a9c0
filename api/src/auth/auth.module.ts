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
import { WebSessionService } from './web-session.service';

@Module({
  imports: [TypeOrmModule.forFeature([AccessToken])],
  controllers: [AuthController],
  providers: [AuthService, TokenService, WebSessionService, SignInThrottle, SignInAudit, { provide: APP_GUARD, useClass: AuthGuard }],
  // WebSessionService: every way of signing in to the web app (password, single sign-on) starts its session there.
  exports: [TokenService, WebSessionService, SignInThrottle, SignInAudit],
})
export class AuthModule {}
