import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from './queue-names';

/** The queues, for producers (API) and consumers (worker) alike. */
@Module({
  imports: Object.values(QUEUES).map((name) => BullModule.registerQueue({ name })),
  exports: [BullModule],
})
export class JobsModule {}
