import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, AppRuntime } from './app.module';
import { Environment } from './config/environment';
import {
  createValidationPipe,
  MetricsRegistry,
  ProblemDetailsFilter,
  refuseUndecodablePaths,
  RefuseHostileInputPipe,
} from '@socialkompas/http';
import { allowAnyOrigin, withHsdsApi } from '@socialkompas/catalogue';
import { serveWebClient } from './web-client/serve-web-client';
import { httpRequestMetrics } from './metrics/http-request-metrics';
import { LOGO_TYPES } from './tenant-theme/logo-file';

/** Builds the HTTP application for the validated environment. */
export async function createApp(
  environment: Environment,
  runtime: AppRuntime = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(environment, runtime), {
    bufferLogs: true,
  });
  return configureApp(app, environment);
}

/** The OpenAPI document's header; the web client's typed API client is generated from the document. */
export function apiDocumentConfig() {
  return new DocumentBuilder()
    .setTitle('Socialkompas API')
    .setDescription('Sociale tilbud fra foreninger og kommuner. Errors are RFC 9457 problem details.')
    .setVersion('1')
    .build();
}

/** The API's OpenAPI document: the routes Nest maps, and the HSDS endpoints from the Danish profile's files. */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  return withHsdsApi(SwaggerModule.createDocument(app, apiDocumentConfig()));
}

/**
 * Everything around the modules: compression, security headers, validation, errors, docs, the web
 * client.
 */
export function configureApp(app: NestExpressApplication, environment: Environment): NestExpressApplication {
  app.useLogger(app.get(Logger));
  const trustProxy = environment.TRUST_PROXY;
  app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy.split(/\s*,\s*/));
  // On localhost the demo runs over plain http: there, asking browsers to upgrade requests to
  // https would break every form post (the reminder-link pages, the login's consent).
  const plainHttp = environment.BASE_DOMAIN === 'localhost';
  // First: a request's time is measured from its arrival to its answer, whatever answers it.
  app.use(httpRequestMetrics(app.get(MetricsRegistry)));
  // gzip, or brotli where the client asks for it; before the rest, so it wraps every answer.
  app.use(compression());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          upgradeInsecureRequests: plainHttp ? null : [],
          // Tenants' logos live on their own sites.
          imgSrc: ["'self'", 'data:', plainHttp ? 'http:' : '', 'https:'].filter(Boolean),
        },
      },
    }),
  );
  // Open data may be read from any origin, its errors too: before anything that can answer.
  app.use('/hsds', allowAnyOrigin);
  app.useBodyParser('json', { limit: '256kb' });
  // Logos arrive as the file itself; above 200 KB the logo service refuses them in Danish, above
  // this body-parser does (413).
  app.useBodyParser('raw', { type: [...Object.keys(LOGO_TYPES), 'application/octet-stream'], limit: '1mb' });
  // In this order: what would crash the validation is refused before it runs.
  app.useGlobalPipes(new RefuseHostileInputPipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, createApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  serveWebClient(app, environment.WEB_DIST_DIR, environment.BASE_DOMAIN);
  // After the web client, whose pages take any path and decode it themselves; before the routes.
  app.use(refuseUndecodablePaths);
  return app;
}
