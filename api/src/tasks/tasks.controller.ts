import { Body, Param, Patch } from '@nestjs/common';
import { Raw } from 'typeorm';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { CrudController, uuidPipe } from '../common/crud/crud-controller';
import {
  CreateTaskDependencyDto,
  CreateTaskDto,
  TaskDependencyDto,
  TaskDependencyQueryDto,
  TaskDto,
  TaskQueryDto,
  UpdateTaskDependencyDto,
  UpdateTaskDto,
  UpdateTaskProgressDto,
} from './dto/task.dto';
import { TaskDependency } from './task-dependency.entity';
import { Task } from './task.entity';
import { TaskDependenciesService, TasksService } from './tasks.service';

export class TasksController extends CrudController<Task>({
  service: TasksService,
  path: 'tasks',
  tag: 'tasks',
  create: CreateTaskDto,
  update: UpdateTaskDto,
  query: TaskQueryDto,
  response: TaskDto,
  writeRoles: ['admin', 'programme_manager'],
}) {
  protected override filter(q: TaskQueryDto) {
    return {
      ...(q.wijkId && { wijkId: q.wijkId }),
      ...(q.disciplineId && { disciplineId: q.disciplineId }),
      ...(q.status && { status: q.status }),
      ...(q.phase && { phase: q.phase }),
      ...(q.unassigned !== undefined && {
        id: Raw((id) => `${q.unassigned ? 'NOT ' : ''}EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = ${id})`),
      }),
    };
  }

  @Patch(':id/progress')
  @Roles('admin', 'programme_manager', 'team_lead', 'staff')
  @ApiOkResponse({ type: TaskDto, description: 'Status and hours spent updated.' })
  @ApiBadRequestResponse({ description: 'A field breaks a rule.' })
  @ApiNotFoundResponse({ description: 'No such task in your organisation.' })
  @ApiConflictResponse({ description: 'Stale version; nothing was changed.' })
  progress(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string, @Body() body: UpdateTaskProgressDto) {
    const { version, ...changes } = body;
    return (this.service as TasksService).updateProgress(principal, id, version, changes as Pick<Task, 'status' | 'hoursSpent'>);
  }
}

export class TaskDependenciesController extends CrudController<TaskDependency>({
  service: TaskDependenciesService,
  path: 'task-dependencies',
  tag: 'tasks',
  create: CreateTaskDependencyDto,
  update: UpdateTaskDependencyDto,
  query: TaskDependencyQueryDto,
  response: TaskDependencyDto,
  writeRoles: ['admin', 'programme_manager'],
}) {
  protected override filter(q: TaskDependencyQueryDto) {
    const ofWijk = (column: string) => `${column} IN (SELECT t.id FROM tasks t WHERE t.wijk_id = :wijkId)`;
    const wijk = q.wijkId
      ? [{ predecessorId: Raw(ofWijk, { wijkId: q.wijkId }) }, { successorId: Raw(ofWijk, { wijkId: q.wijkId }) }]
      : [{}];
    const task = q.taskId ? [{ predecessorId: q.taskId }, { successorId: q.taskId }] : [{}];
    // Either filter or both: the combinations of their alternatives (OR of ANDs).
    return wijk.flatMap((w) => task.map((t) => ({ ...w, ...t })));
  }
}
