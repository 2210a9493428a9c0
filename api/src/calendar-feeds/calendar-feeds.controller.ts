import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/crud/crud-controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedDto, CreateCalendarFeedDto, CreatedCalendarFeedDto } from './dto/calendar-feed.dto';

class CalendarFeedListDto {
  @ApiProperty({ type: [CalendarFeedDto] })
  items: CalendarFeedDto[];
}

const EVERYONE = ['admin', 'programme_manager', 'team_lead', 'staff', 'viewer'] as const;

@ApiTags('calendar-feeds')
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Post()
  @ApiBearerAuth()
  @Roles(...EVERYONE)
  @ApiOperation({
    summary:
      'Make a subscribable iCalendar feed of the milestones of the organisation or one wijk; its secret token is shown once.',
  })
  @ApiCreatedResponse({ type: CreatedCalendarFeedDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule; each is named in invalidParams.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'The role may not do this.' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCalendarFeedDto) {
    return this.feeds.create(principal, body.name, body.wijkId ?? null);
  }

  @Get()
  @ApiBearerAuth()
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'The organisation’s calendar feeds (without their tokens).' })
  @ApiOkResponse({ type: CalendarFeedListDto })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'The role may not do this.' })
  list(@CurrentPrincipal() principal: Principal) {
    return this.feeds.list(principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Revoke a feed: its URL stops working at once.' })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({
    description: 'Only its creator, an admin or a programme manager may revoke a feed.',
  })
  @ApiNotFoundResponse({ description: 'No such feed in your organisation.' })
  async revoke(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
    await this.feeds.revoke(principal, id);
  }

  @Get('feed/:token')
  @Public()
  @ApiOperation({
    summary:
      'The iCalendar feed to subscribe to; the secret token in the URL is the credential (no sign-in).',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'iCalendar (RFC 5545): one all-day event per milestone.',
    schema: { type: 'string' },
  })
  @ApiBadRequestResponse({ description: 'The token is not of the form wkcal_ and 43 characters.' })
  @ApiNotFoundResponse({ description: 'Unknown or revoked token.' })
  async feed(@Param('token') token: string, @Res() res: Response) {
    const body = await this.feeds.render(token);
    res.setHeader('Cache-Control', 'private, max-age=900');
    res.setHeader('Content-Disposition', 'inline; filename="mijlpalen.ics"');
    res.type('text/calendar; charset=utf-8').send(body);
  }
}
