import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('organisation')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationService) {}

  @Get()
  @ApiOkResponse({ type: OrganisationDto, description: 'Your own organisation.' })
  get(@CurrentPrincipal() principal: Principal) {
    return this.organisations.get(principal);
  }

  @Patch()
  @Roles('admin', 'programme_manager')
  @ApiOkResponse({ type: OrganisationDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule.' })
  @ApiForbiddenResponse({ description: 'Only admins and programme managers.' })
  @ApiConflictResponse({ description: 'Stale version; nothing was changed.' })
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateOrganisationDto) {
    const { version, ...changes } = body;
    return this.organisations.update(principal, version, changes);
  }
}
