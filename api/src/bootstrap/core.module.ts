import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '../audit/audit.module';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from '../database/data-source-options';
import { redisOptions } from '../redis/redis-options';
import { RedisModule } from '../redis/redis.module';

/** What the API and the worker share: configuration, logs, PostgreSQL, Redis, queues and audit. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, processName: 'api' | 'worker'): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Express 5 route syntax; the library's default '*' triggers a legacy-route warning.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            base: { process: processName, pid: process.pid },
            // Never write credentials to the log.
            redact: {
              paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.accessToken'],
              censor: '[redacted]',
            },
            // The access log keeps what a request was, not its headers (cookies and tokens never reach
            // it, and a line costs less to write). The secret of a calendar feed is its URL: redacted.
            serializers: {
              req: (req: { id?: unknown; method?: string; url?: string; remoteAddress?: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url?.replace(/(\/calendar-feeds\/feed\/)[^/?#]+/, '$1[redacted]'),
                remoteAddress: req.remoteAddress,
              }),
              res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
            },
            autoLogging: { ignore: (req) => req.url === '/api/v1/health' },
          },
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config), autoLoadEntities: false }),
        RedisModule,
        BullModule.forRoot({ connection: redisOptions(config.redisUrl), prefix: config.queuePrefix }),
        AuditModule,
      ],
      exports: [ConfigModule, RedisModule, AuditModule],
    };
  }
}
