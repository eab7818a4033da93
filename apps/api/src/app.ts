import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BadRequestException, type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import { AppModule, type AppOptions } from './app.module';
import { SessionTokens } from './auth/session-token';
import { JsonLogger } from './observability/json-logger';
import { readApiConfig } from './security/api-config';
import { rateLimit } from './security/rate-limit';

export const WEB_DIST = join(REPOSITORY_ROOT, 'apps', 'web', 'dist');
const API_PATHS = ['/graphql', '/health', '/metrics'];

/** Builds the API and, when the dashboard has been built, serves it from the same origin. */
export async function createApp(
  options: AppOptions & { webDist?: string },
): Promise<INestApplication> {
  const config = { ...readApiConfig(), ...options.config };
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ ...options, config }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(JsonLogger));
  // The mapping assistant sends files of up to 10 MB as base64 (apps/api/src/mapping-assistant).
  app.useBodyParser('json', { limit: '15mb' });
  // X-Forwarded-For names the client (for the per-IP limit) only when a named proxy sent it;
  // express refuses a malformed address at start-up.
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Same-origin scripts and data only; recharts sets style attributes, hence inline styles.
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          // TLS ends at the reverse proxy; on a plain-HTTP intranet install upgrading every asset
          // request to HTTPS would leave the dashboard blank.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // Without CORS_ORIGINS no CORS headers are sent, so only the same origin can read answers.
  if (config.corsOrigins.length > 0)
    app.enableCors({
      origin: config.corsOrigins,
      allowedHeaders: ['content-type', 'authorization'],
    });
  const tokens = app.get(SessionTokens);
  app.use(
    '/graphql',
    rateLimit(config.rateLimitPerMinute, (authorization) => {
      const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
      try {
        return token ? tokens.verify(token).sub : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      // One readable sentence per broken argument instead of Nest's generic "Bad Request Exception".
      exceptionFactory: (errors) =>
        new BadRequestException(
          errors.flatMap((error) => Object.values(error.constraints ?? {})).join('; '),
        ),
    }),
  );
  const webDist = options.webDist ?? WEB_DIST;
  if (existsSync(join(webDist, 'index.html'))) {
    app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
    // Client-side routes all answer with the single page.
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (request.method !== 'GET' || API_PATHS.some((path) => request.path.startsWith(path)))
        return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(join(webDist, 'index.html'));
    });
  }
  await app.init();
  return app;
}
