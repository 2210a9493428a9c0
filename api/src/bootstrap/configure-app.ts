import { Logger as NestLogger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_VERSION } from '../common/api-version';
import { JsonTooDeepError, jsonDepth, MAX_JSON_DEPTH } from '../common/json-depth';
import { ProblemDetailsFilter } from '../common/problem-details.filter';
import { createValidationPipe } from '../common/validation.pipe';
import { AppConfig } from '../config/app-config';
import { mountOpenApi } from './openapi';

export const API_PREFIX = 'api/v1';

/** Everything between creating the Nest app and listening; shared by main.ts and the tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.useBodyParser('json', {
    limit: '1mb',
    verify: (_req: unknown, _res: unknown, raw: Buffer) => {
      if (jsonDepth(raw) > MAX_JSON_DEPTH) throw new JsonTooDeepError();
    },
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // No inline scripts; Angular Material sets inline styles, so styles may be inline.
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      hsts: config.host === '127.0.0.1' || config.host === 'localhost' ? false : undefined,
    }),
  );
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('API-Version', API_VERSION);
    next();
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['api/docs'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  mountOpenApi(app);
  serveWebApp(app, config);
}

/** In production the API serves the built web app at `/`, so one port serves everything. */
function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const root = config.webDist ?? join(__dirname, '..', '..', '..', 'web', 'dist', 'browser');
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    new NestLogger('Web').warn(`no built web app at ${root}; serving the API only`);
    return;
  }
  const assets = express.static(root, { index: false, maxAge: '1h' });
  // /api stays with the API (and costs no file-system lookup per call); any other GET is an asset
  // or, for client-side routes such as /inloggen, the app shell.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
    assets(req, res, () => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
