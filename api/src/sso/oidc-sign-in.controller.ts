import { BadRequestException, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { problem } from '../common/problem';
import { OidcStartQueryDto, SsoOrganisationDto } from './dto/sso-config.dto';
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
  @ApiBadRequestResponse({ description: 'No state, or neither a code nor an error: not an answer of a provider.' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const query = new URL(request.originalUrl, 'http://callback.invalid').searchParams;
    // Not a provider's answer (someone opened the address): say so instead of recording a failed sign-in.
    const missing = [!query.get('state') && 'state', !query.get('code') && !query.get('error') && 'code'].filter((n): n is string => !!n);
    if (missing.length) {
      throw new BadRequestException(
        problem(400, 'Dit adres is het antwoord van de identity provider van uw organisatie; begin bij de aanmeldpagina.', missing.map((name) => ({ name, reason: 'is required' }))),
      );
    }
    await this.signIn.callback(request, response);
  }

  @Get(':organisation/start')
  @ApiParam({ name: 'organisation', description: 'The organisation’s id or CBS code (GM0363).' })
  @ApiResponse({
    status: 302,
    headers: LOCATION,
    description: 'To the provider (PKCE S256, state, nonce); or, when SSO is not available, to /inloggen?sso-fout=<reason>.',
  })
  @ApiBadRequestResponse({ description: '`terug` is not a path of the web app.' })
  async start(
    @Param('organisation') organisation: string,
    @Query() query: OidcStartQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.signIn.start(organisation, query.terug, request, response);
  }
}
