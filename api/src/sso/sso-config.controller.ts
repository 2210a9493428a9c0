import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { SsoConfigDto, UpdateSsoConfigDto } from './dto/sso-config.dto';
import { SsoConfigService } from './sso-config.service';

@ApiTags('organisation')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@ApiForbiddenResponse({ description: 'Only admins.' })
@Roles('admin')
@Controller('organisation/sso')
export class SsoConfigController {
  constructor(private readonly sso: SsoConfigService) {}

  @Get()
  @ApiOkResponse({ type: SsoConfigDto, description: 'Your organisation’s single sign-on (OpenID Connect); never the client secret.' })
  get(@CurrentPrincipal() principal: Principal, @Req() request: Request): Promise<SsoConfigDto> {
    return this.sso.get(principal, request);
  }

  @Put()
  @ApiOkResponse({ type: SsoConfigDto, description: 'Saved (created with version 0); audited without the secret.' })
  @ApiBadRequestResponse({ description: 'A field breaks a rule, or the issuer does not answer as an OpenID Connect provider (when enabling).' })
  @ApiConflictResponse({ description: 'Stale version; nothing was changed.' })
  @ApiServiceUnavailableResponse({ description: 'A client secret was sent but the installation has no SSO_SECRET_KEY.' })
  put(@CurrentPrincipal() principal: Principal, @Body() body: UpdateSsoConfigDto, @Req() request: Request): Promise<SsoConfigDto> {
    return this.sso.update(principal, body, request);
  }
}
