import { CrudController } from '../common/crud/crud-controller';
import { CreateMilestoneDto, MilestoneDto, MilestoneQueryDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { Milestone } from './milestone.entity';
import { MilestonesService } from './milestones.service';

export class MilestonesController extends CrudController<Milestone>({
  service: MilestonesService,
  path: 'milestones',
  tag: 'milestones',
  create: CreateMilestoneDto,
  update: UpdateMilestoneDto,
  query: MilestoneQueryDto,
  response: MilestoneDto,
  writeRoles: ['admin', 'programme_manager'],
}) {
  protected override filter(q: MilestoneQueryDto) {
    return { ...(q.wijkId && { wijkId: q.wijkId }), ...(q.kind && { kind: q.kind }) };
  }
}
