import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OidcClients } from './oidc-client';
import { OidcSignInController } from './oidc-sign-in.controller';
import { OidcSignInService } from './oidc-sign-in.service';
import { SsoConfigController } from './sso-config.controller';
import { SsoConfigService } from './sso-config.service';

/** Single sign-on per organisation (OpenID Connect): the admins' configuration and the sign-in flow. */
@Module({
  imports: [AuthModule],
  controllers: [SsoConfigController, OidcSignInController],
  providers: [SsoConfigService, OidcSignInService, OidcClients],
})
export class SsoModule {}
