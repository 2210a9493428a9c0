import { CrudController } from '../common/crud/crud-controller';
import { Assignment } from './assignment.entity';
import { AssignmentsService } from './assignments.service';
import { AssignmentDto, AssignmentQueryDto, CreateAssignmentDto, UpdateAssignmentDto } from './dto/assignment.dto';

export class AssignmentsController extends CrudController<Assignment>({
  service: AssignmentsService,
  path: 'assignments',
  tag: 'assignments',
  create: CreateAssignmentDto,
  update: UpdateAssignmentDto,
  query: AssignmentQueryDto,
  response: AssignmentDto,
  writeRoles: ['admin', 'programme_manager', 'team_lead'],
}) {
  protected override filter(q: AssignmentQueryDto) {
    return { ...(q.staffMemberId && { staffMemberId: q.staffMemberId }), ...(q.taskId && { taskId: q.taskId }) };
  }
}
