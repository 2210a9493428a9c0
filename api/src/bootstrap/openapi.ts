import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_VERSION } from '../common/api-version';

/** The OpenAPI document is generated from the code (style.md), never written by hand. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Wijkkracht API')
    .setDescription(
      'Capaciteitsplanning voor de warmtetransitie: medewerkers, wijken, WUP-taken, mijlpalen en prognoses. ' +
        'Errors are application/problem+json (RFC 9457).',
    )
    .setVersion(API_VERSION)
    .setContact('Wijkkracht', 'https://wijkkracht.example', 'api@wijkkracht.example')
    .setLicense('EUPL-1.2', 'https://eupl.eu/1.2/nl/')
    .addServer('/api/v1', 'This installation')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Token from POST /auth/login, or a personal API token (POST /api-tokens)' })
    .addCookieAuth('wk_session', {
      type: 'apiKey',
      in: 'cookie',
      description: 'The web app’s session (POST /auth/session); unsafe requests also send the XSRF-TOKEN cookie’s value in X-XSRF-TOKEN',
    })
    .build();
  return withApiVersionHeaders(SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true }));
}

/** Every 2xx/3xx answer carries the API-Version header (NL API Design Rules); the document says so. */
function withApiVersionHeaders(document: OpenAPIObject): OpenAPIObject {
  const header = { description: 'Full version of the API (semver).', schema: { type: 'string', example: API_VERSION } };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const responses = (operation as { responses?: Record<string, { headers?: Record<string, unknown> }> }).responses ?? {};
      for (const [status, response] of Object.entries(responses)) {
        if (/^[23]/.test(status)) response.headers = { ...response.headers, 'API-Version': header };
      }
    }
  }
  return document;
}

export function mountOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/v1/openapi.json',
    yamlDocumentUrl: 'api/v1/openapi.yaml',
    customSiteTitle: 'Wijkkracht API',
  });
}
