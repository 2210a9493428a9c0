import { Global, Module } from '@nestjs/common';
import { ReadCache } from './read-cache';

/** The API's read cache, for every resource controller (the worker serves no reads and has none). */
@Global()
@Module({ providers: [ReadCache], exports: [ReadCache] })
export class ReadCacheModule {}
