import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BadRequestException, type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import { AppModule, type AppOptions } from './app.module';

export const WEB_DIST = join(REPOSITORY_ROOT, 'apps', 'web', 'dist');
const API_PATHS = ['/graphql', '/health'];

/** Builds the API and, when the dashboard has been built, serves it from the same origin. */
export async function createApp(
  options: AppOptions & { webDist?: string },
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: ['error', 'warn'],
  });
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
