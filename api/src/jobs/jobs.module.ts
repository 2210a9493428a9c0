import { BullModule, getFlowProducerToken, getQueueToken } from '@nestjs/bullmq';
import { Module, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { FLOWS, QUEUES } from './queue-names';

const READY_WAIT_MS = 3000;

/** The queues, for producers (API) and consumers (worker) alike. */
@Module({
  imports: Object.values(QUEUES).map((name) => BullModule.registerQueue({ name })),
  exports: [BullModule],
})
export class JobsModule implements OnModuleDestroy {
  constructor(private readonly moduleRef: ModuleRef) {}

  /**
   * BullMQ emits an unhandled 'error' when a connection is closed while it is still being set up
   * (a process stopped right after it started). Let the connections finish connecting, briefly,
   * before the queues are closed at shutdown.
   */
  async onModuleDestroy(): Promise<void> {
    const connecting = [
      ...Object.values(QUEUES).map((name) => this.find<{ waitUntilReady(): Promise<unknown> }>(getQueueToken(name))),
      ...Object.values(FLOWS).map((name) => this.find<{ waitUntilReady(): Promise<unknown> }>(getFlowProducerToken(name))),
    ]
      .filter((q): q is { waitUntilReady(): Promise<unknown> } => q !== null)
      .map((q) => q.waitUntilReady().catch(() => undefined));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(connecting), new Promise((r) => (timer = setTimeout(r, READY_WAIT_MS)))]);
    clearTimeout(timer);
  }

  private find<T>(token: string): T | null {
    try {
      return this.moduleRef.get<T>(token, { strict: false });
    } catch {
      return null;
    }
  }
}
