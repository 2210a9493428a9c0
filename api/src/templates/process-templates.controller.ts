import { CrudController } from '../common/crud/crud-controller';
import { CreateProcessTemplateDto, ProcessTemplateDto, ProcessTemplateQueryDto, UpdateProcessTemplateDto } from './dto/process-template.dto';
import { ProcessTemplate } from './process-template.entity';
import { ProcessTemplatesService } from './process-templates.service';

export class ProcessTemplatesController extends CrudController<ProcessTemplate>({
  service: ProcessTemplatesService,
  path: 'process-templates',
  tag: 'process templates',
  create: CreateProcessTemplateDto,
  update: UpdateProcessTemplateDto,
  query: ProcessTemplateQueryDto,
  response: ProcessTemplateDto,
  writeRoles: ['admin', 'programme_manager'],
}) {}
