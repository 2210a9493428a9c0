import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { WorkerModule } from '../src/bootstrap/worker.module';
import { testConfig } from './create-test-app';

/** A worker inside the test process (real PostgreSQL and Redis), configured as worker.ts does. */
export async function createTestWorker(overrides: NodeJS.ProcessEnv = {}): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [WorkerModule.forRoot(testConfig(overrides))],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}
