import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { uuidPipe } from '../common/crud/crud-controller';
import { ApiTokensService } from './api-tokens.service';
import { ApiTokenListDto, CreateApiTokenDto, CreatedApiTokenDto } from './dto/api-token.dto';

/** Every signed-in user manages their own tokens: no @Roles, the service keeps each to its owner. */
@ApiTags('api-tokens')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api-tokens')
export class ApiTokensController {
  constructor(private readonly apiTokens: ApiTokensService) {}

  @Post()
  @ApiOperation({
    summary:
      'Make a personal API token (role at most your own, expiry at most 365 days, default 90); the secret is shown once. Not with an API token.',
  })
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule (e.g. a role above your own); each is named in invalidParams.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Called with an API token, or a cookie session without its CSRF token.' })
  @ApiTooManyRequestsResponse({ description: 'Ten tokens an hour per user at most (Retry-After).' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateApiTokenDto) {
    return this.apiTokens.create(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Your own API tokens (never their secrets), newest first.' })
  @ApiOkResponse({ type: ApiTokenListDto })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Called with an API token.' })
  list(@CurrentPrincipal() principal: Principal) {
    return this.apiTokens.list(principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke one of your API tokens: it is refused from the next request on.' })
  @ApiNoContentResponse({ description: 'Revoked (also when it already was).' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Called with an API token, or a cookie session without its CSRF token.' })
  @ApiNotFoundResponse({ description: 'You have no API token with this id.' })
  async revoke(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
    await this.apiTokens.revoke(principal, id);
  }
}
