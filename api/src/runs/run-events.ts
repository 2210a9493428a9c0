import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { RunProgressEvent } from '@wijkkracht/contracts';
import Redis from 'ioredis';
import { Observable, Subject, filter } from 'rxjs';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';

/** The kinds of background runs that report progress, each with a table of its own (run-lifecycle.ts). */
export type RunKind = 'forecast' | 'levelling' | 'advice';

export interface RunEvent extends RunProgressEvent {
  kind: RunKind;
  organisationId: string;
}

/**
 * Progress of background runs over Redis pub/sub: workers publish, every API instance
 * subscribes once and fans out to its server-sent-event streams, so any instance serves any run.
 */
@Injectable()
export class RunEvents implements OnModuleDestroy {
  private readonly logger = new Logger(RunEvents.name);
  private readonly events = new Subject<RunEvent>();
  private subscriber: Redis | null = null;
  private readonly channel: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.channel = `${config.queuePrefix}:run-events`;
  }

  /** Best effort: a lost message only delays the picture, because streams also poll the database. */
  async publish(event: RunEvent): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (error) {
      this.logger.warn({ err: error, runId: event.id }, 'could not publish run progress');
    }
  }

  /** Events of one run as they are published (subscribes this process on first use). */
  of(kind: RunKind, runId: string): Observable<RunEvent> {
    this.ensureSubscribed();
    return this.events.pipe(filter((e) => e.kind === kind && e.id === runId));
  }

  private ensureSubscribed(): void {
    if (this.subscriber) return;
    // A subscribed connection can do nothing else, so it is a connection of its own.
    const subscriber = this.redis.duplicate({ maxRetriesPerRequest: null });
    subscriber.on('error', (error) => this.logger.warn({ err: error }, 'run-event subscriber error'));
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        this.events.next(JSON.parse(message) as RunEvent);
      } catch {
        // not ours; ignore
      }
    });
    void subscriber
      .subscribe(this.channel)
      .catch((error) => this.logger.warn({ err: error }, 'could not subscribe to run events'));
    this.subscriber = subscriber;
  }

  onModuleDestroy(): void {
    this.events.complete();
    this.subscriber?.disconnect();
    this.subscriber = null;
  }
}
