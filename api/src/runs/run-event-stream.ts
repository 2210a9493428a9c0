import { Injectable, MessageEvent, NotFoundException } from '@nestjs/common';
import { RUN_PHASE_TEXTS, type RunProgressEvent } from '@wijkkracht/contracts';
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
import { problem } from '../common/problem';
import { RunEvents, type RunKind } from './run-events';
import { ENDED_STATUSES, RunLifecycle } from './run-lifecycle';

/** How often a stream also reads the run from the database, in case a pub/sub message was lost. */
const POLL_MS = 5_000;

/** Server-sent progress of one run of any kind: the current state at once, then every change until it ends. */
@Injectable()
export class RunEventStream {
  constructor(
    private readonly lifecycle: RunLifecycle,
    private readonly events: RunEvents,
  ) {}

  /** 404 with `notFoundDetail` when the run is not one of this organisation's. */
  async stream(
    kind: RunKind,
    organisationId: string,
    id: string,
    notFoundDetail: string,
  ): Promise<Observable<MessageEvent>> {
    const current = await this.lifecycle.snapshot(kind, organisationId, id);
    if (!current) throw new NotFoundException(problem(404, notFoundDetail));
    const pushed = this.events
      .of(kind, id)
      .pipe(map(({ kind: _kind, organisationId: _org, ...event }): RunProgressEvent => event));
    const polled = interval(POLL_MS).pipe(
      switchMap(() => defer(() => this.lifecycle.snapshot(kind, organisationId, id))),
      map((e) => e ?? { ...current, status: 'cancelled' as const, phase: RUN_PHASE_TEXTS.removed }),
    );
    return concat(from([current]), merge(pushed, polled)).pipe(
      distinctUntilChanged(
        (a, b) => a.status === b.status && a.progress === b.progress && a.phase === b.phase,
      ),
      takeWhile((e) => !ENDED_STATUSES.includes(e.status), true),
      map((data): MessageEvent => ({ type: 'progress', data })),
    );
  }
}
