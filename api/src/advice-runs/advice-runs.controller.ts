import { RunController } from '../runs/run-controller';
import { AdviceRunsService } from './advice-runs.service';
import { CreateAdviceRunDto } from './dto/create-advice-run.dto';

export class AdviceRunsController extends RunController({
  service: AdviceRunsService,
  path: 'advice-runs',
  kind: 'advice',
  notFoundDetail: 'Dit advies bestaat niet.',
  create: CreateAdviceRunDto,
  start: (runs, principal, body) => runs.create(principal.organisationId, principal.userId, body),
  summaries: {
    create:
      'Compute hiring advice (the least extra fte per discipline for a target chance on time) as a background job, or reuse a run with the same input fingerprint',
    list: 'Advice runs of the organisation, newest first (without results)',
    get: 'A run: status, progress, phase and, when completed, the extra fte per discipline from when, its yearly cost, and each milestone’s chance before and after',
    cancel: 'Cancel a queued or running advice',
  },
}) {}
