import { CrudController } from '../common/crud/crud-controller';
import { Discipline } from './discipline.entity';
import { DisciplinesService } from './disciplines.service';
import { CreateDisciplineDto, DisciplineDto, DisciplineQueryDto, UpdateDisciplineDto } from './dto/discipline.dto';

export class DisciplinesController extends CrudController<Discipline>({
  service: DisciplinesService,
  path: 'disciplines',
  tag: 'disciplines',
  create: CreateDisciplineDto,
  update: UpdateDisciplineDto,
  query: DisciplineQueryDto,
  response: DisciplineDto,
  writeRoles: ['admin', 'programme_manager'],
}) {
  protected override filter(query: DisciplineQueryDto) {
    return query.code ? { code: query.code } : {};
  }
}
