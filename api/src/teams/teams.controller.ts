import { CrudController } from '../common/crud/crud-controller';
import { CreateTeamDto, TeamDto, TeamQueryDto, UpdateTeamDto } from './dto/team.dto';
import { Team } from './team.entity';
import { TeamsService } from './teams.service';

export class TeamsController extends CrudController<Team>({
  service: TeamsService,
  path: 'teams',
  tag: 'teams',
  create: CreateTeamDto,
  update: UpdateTeamDto,
  query: TeamQueryDto,
  response: TeamDto,
  writeRoles: ['admin', 'programme_manager'],
}) {}
