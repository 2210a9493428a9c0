import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { pageOf, uuidPipe } from '../common/crud/crud-controller';
import { BaselinesService } from './baselines.service';
import { BaselineComparisonDto, BaselineDto, BaselineQueryDto, CreateBaselineDto } from './dto/baseline.dto';

@ApiTags('baselines')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@ApiForbiddenResponse({ description: 'The role may not do this.' })
@Controller('baselines')
export class BaselinesController {
  constructor(private readonly baselines: BaselinesService) {}

  @Get()
  @ApiOkResponse({ type: pageOf(BaselineDto) })
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: BaselineQueryDto) {
    return this.baselines.list(principal, query);
  }

  @Post()
  @Roles('admin', 'programme_manager')
  @ApiCreatedResponse({ type: BaselineDto, description: 'The plan of record, frozen now.' })
  @ApiBadRequestResponse({ description: 'A field breaks a rule.' })
  take(@CurrentPrincipal() principal: Principal, @Body() body: CreateBaselineDto) {
    return this.baselines.take(principal, body.name, body.reason);
  }

  @Get(':id')
  @ApiOkResponse({ type: BaselineDto })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such baseline in your organisation.' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
    return this.baselines.get(principal, id);
  }

  @Get(':id/comparison')
  @ApiOkResponse({ type: BaselineComparisonDto, description: 'The plan of record now against this baseline.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such baseline in your organisation.' })
  compare(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
    return this.baselines.compare(principal, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such baseline in your organisation.' })
  async remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
    await this.baselines.remove(principal, id);
  }
}
