import { Module } from '@nestjs/common';
import { RunEventStream } from './run-event-stream';
import { RunEvents } from './run-events';
import { RunLifecycle } from './run-lifecycle';

/** What every kind of background run shares: lifecycle updates, progress events and their streams. */
@Module({
  providers: [RunEvents, RunLifecycle, RunEventStream],
  exports: [RunEvents, RunLifecycle, RunEventStream],
})
export class RunsModule {}
