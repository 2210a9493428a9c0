import { Body, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { CrudController, uuidPipe } from '../common/crud/crud-controller';
import { CreateScenarioDto, PromoteScenarioDto, ScenarioDto, ScenarioQueryDto, UpdateScenarioDto } from './dto/scenario.dto';
import { Scenario } from './scenario.entity';
import { ScenariosService } from './scenarios.service';

export class ScenariosController extends CrudController<Scenario>({
  service: ScenariosService,
  path: 'scenarios',
  tag: 'scenarios',
  create: CreateScenarioDto,
  update: UpdateScenarioDto,
  query: ScenarioQueryDto,
  response: ScenarioDto,
  writeRoles: ['admin', 'programme_manager'],
}) {
  @Get(':id/plan')
  @ApiOkResponse({ description: 'The plan of record with this scenario’s overrides applied: wijken and staff, each marked plan or scenario.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such scenario in your organisation.' })
  plan(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string) {
    return (this.service as ScenariosService).planView(principal, id);
  }

  @Post(':id/promote')
  @HttpCode(200)
  @Roles('admin', 'programme_manager')
  @ApiOkResponse({ type: ScenarioDto, description: 'The scenario is now the plan of record.' })
  @ApiBadRequestResponse({ description: 'A field breaks a rule.' })
  @ApiNotFoundResponse({ description: 'No such scenario in your organisation.' })
  @ApiConflictResponse({ description: 'Stale version, or already promoted; nothing was changed.' })
  promote(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string, @Body() body: PromoteScenarioDto) {
    return (this.service as ScenariosService).promote(principal, id, body.version, body.forecastId);
  }
}
