import { Body, Controller, Get, HttpCode, Ip, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CurrentUser, LoginResponse, WebSessionResponse } from '@wijkkracht/contracts';
import type { Response } from 'express';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { CurrentPrincipal, Principal } from './principal';
import { Public } from './public.decorator';
import { WebSessionService } from './web-session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly webSessions: WebSessionService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in as an API client: the answer holds a bearer token.' })
  @ApiOkResponse({ description: 'Signed in; use accessToken as `Authorization: Bearer`.' })
  @ApiBadRequestResponse({ description: 'E-mail or password missing or malformed.' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts: the account is locked for a while (Retry-After).' })
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, address);
  }

  @Public()
  @Post('session')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in from the web app: the session is set as an HttpOnly, SameSite=Strict cookie (wk_session) with a CSRF cookie (XSRF-TOKEN) whose value unsafe requests send back in X-XSRF-TOKEN; no token in the body.',
  })
  @ApiOkResponse({ description: 'Signed in; the cookies are set. Body: expiresAt and the user.' })
  @ApiBadRequestResponse({ description: 'E-mail or password missing or malformed.' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts: the account is locked for a while (Retry-After).' })
  session(
    @Body() body: LoginDto,
    @Ip() address: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WebSessionResponse> {
    return this.auth.startWebSession(body.email, body.password, address, response);
  }

  @ApiBearerAuth()
  @ApiCookieAuth()
  @Get('me')
  @ApiOkResponse({ description: 'The signed-in user and organisation.' })
  @ApiUnauthorizedResponse({ description: 'No valid token.' })
  me(@CurrentPrincipal() principal: Principal): Promise<CurrentUser> {
    return this.auth.me(principal.userId);
  }

  @ApiBearerAuth()
  @ApiCookieAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the token (or the cookie session, whose cookies are cleared) is revoked server-side.' })
  @ApiNoContentResponse({ description: 'The token is revoked server-side.' })
  @ApiBadRequestResponse({ description: 'Malformed request.' })
  @ApiForbiddenResponse({ description: 'A cookie session without its CSRF token (X-XSRF-TOKEN).' })
  async logout(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(principal.tokenId);
    if (principal.via === 'cookie') this.webSessions.clear(response);
  }
}
