import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { CurrentUser, LoginResponse } from '@wijkkracht/contracts';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { CurrentPrincipal, Principal } from './principal';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Signed in; use accessToken as `Authorization: Bearer`.' })
  @ApiBadRequestResponse({ description: 'E-mail or password missing or malformed.' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts: the account is locked for a while (Retry-After).' })
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, address);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ description: 'The signed-in user and organisation.' })
  @ApiUnauthorizedResponse({ description: 'No valid token.' })
  me(@CurrentPrincipal() principal: Principal): Promise<CurrentUser> {
    return this.auth.me(principal.userId);
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The token is revoked server-side.' })
  @ApiBadRequestResponse({ description: 'Malformed request.' })
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.logout(principal.tokenId);
  }
}
