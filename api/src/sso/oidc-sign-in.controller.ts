import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { SsoOrganisationDto } from './dto/sso-config.dto';
import { OidcSignInService } from './oidc-sign-in.service';

const LOCATION = { Location: { description: 'Where the browser goes next.', schema: { type: 'string' } } };

/** Single sign-on with an organisation's OpenID Connect provider: browser navigations, not API calls. */
@ApiTags('auth')
@Public()
@Controller('auth/oidc')
export class OidcSignInController {
  constructor(private readonly signIn: OidcSignInService) {}

  @Get('organisations')
  @ApiOkResponse({ type: [SsoOrganisationDto], description: 'Organisations whose members can sign in with SSO (for the sign-in page).' })
  organisations(): Promise<SsoOrganisationDto[]> {
    return this.signIn.organisations();
  }

  @Get('callback')
  @ApiQuery({ name: 'code', required: false, description: 'Authorisation code from the provider.' })
  @ApiQuery({ name: 'state', required: false, description: 'The state of the flow (single use, ten minutes).' })
  @ApiQuery({ name: 'error', required: false, description: 'The provider’s error, e.g. access_denied.' })
  @ApiResponse({
    status: 302,
    headers: LOCATION,
    description: 'Signed in (session cookie set): to the page asked for, else /dashboard. Refused: to /inloggen?sso-fout=<reason>, audited.',
  })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.signIn.callback(request, response);
  }

  @Get(':organisation/start')
  @ApiParam({ name: 'organisation', description: 'The organisation’s id or CBS code (GM0363).' })
  @ApiQuery({ name: 'terug', required: false, description: 'Path of the web app to open after signing in.' })
  @ApiResponse({
    status: 302,
    headers: LOCATION,
    description: 'To the provider (PKCE S256, state, nonce); or, when SSO is not available, to /inloggen?sso-fout=<reason>.',
  })
  async start(
    @Param('organisation') organisation: string,
    @Query('terug') returnTo: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.signIn.start(organisation, typeof returnTo === 'string' ? returnTo : undefined, request, response);
  }
}
