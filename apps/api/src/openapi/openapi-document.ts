import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { loadEnvironment } from '../config/environment';
import { createApiDocument } from '../create-app';

/**
 * The API's OpenAPI document, without a database: Nest's preview mode maps the routes but runs
 * no provider. The web client's typed API client is generated from it (`npm run openapi`).
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const environment = loadEnvironment({
    NODE_ENV: 'development',
    DATABASE_URL: 'postgres://preview@127.0.0.1/preview',
    SESSION_SECRET: 'preview-mode-opens-no-session-store',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create(AppModule.register(environment, { jobs: 'off' }), {
    preview: true,
    logger: false,
  });
  const document = createApiDocument(app);
  await app.close();
  return document;
}
