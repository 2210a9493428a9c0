import { Injectable, MessageEvent, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { RunProgressEvent } from '@wijkkracht/contracts';
import {
  Observable,
  concat,
  defer,
  distinctUntilChanged,
  from,
  interval,
  map,
  merge,
  switchMap,
  takeWhile,
} from 'rxjs';
import { Repository } from 'typeorm';
import { problem } from '../common/problem';
import { RunEvents } from '../runs/run-events';
import { ForecastRun } from './forecast-run.entity';

/** How often a stream also reads the run from the database, in case a pub/sub message was lost. */
const POLL_MS = 5_000;
const ENDED = new Set(['completed', 'failed', 'cancelled']);

/** Server-sent progress of one run: the current state at once, then every change until it ends. */
@Injectable()
export class ForecastEventsService {
  constructor(
    @InjectRepository(ForecastRun) private readonly runs: Repository<ForecastRun>,
    private readonly events: RunEvents,
  ) {}

  async stream(organisationId: string, id: string): Promise<Observable<MessageEvent>> {
    const current = await this.snapshot(organisationId, id);
    if (!current) throw new NotFoundException(problem(404, 'Deze prognose bestaat niet.'));
    const pushed = this.events
      .of('forecast', id)
      .pipe(map(({ kind: _kind, organisationId: _org, ...event }): RunProgressEvent => event));
    const polled = interval(POLL_MS).pipe(
      switchMap(() => defer(() => this.snapshot(organisationId, id))),
      map((e) => e ?? { ...current, status: 'cancelled' as const, phase: 'Verwijderd' }),
    );
    return concat(from([current]), merge(pushed, polled)).pipe(
      distinctUntilChanged(
        (a, b) => a.status === b.status && a.progress === b.progress && a.phase === b.phase,
      ),
      takeWhile((e) => !ENDED.has(e.status), true),
      map((data): MessageEvent => ({ type: 'progress', data })),
    );
  }

  private async snapshot(organisationId: string, id: string): Promise<RunProgressEvent | null> {
    const run = await this.runs.findOne({
      where: { id, organisationId },
      select: ['id', 'status', 'progress', 'phase', 'error'],
    });
    if (!run) return null;
    return {
      id: run.id,
      status: run.status,
      progress: run.progress,
      phase: run.phase,
      ...(run.error ? { error: run.error } : {}),
    };
  }
}
