import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from './app.module';
import { startClockAt } from './common/clock';
import { AppConfig, loadConfig } from './config/app-config';
import { ClientErrorFilter } from './web/client-error.filter';
import { securityHeaders } from './web/security-headers';
import { serverTimeouts } from './web/server-timeouts';
import { SpaFallbackFilter } from './web/spa-fallback.filter';
import { staticFiles } from './web/static-files';

/** The built dashboard: WEB_DIST, or web/dist beside the api folder. */
export function webDistFolder(config: AppConfig): string {
  return resolve(config.WEB_DIST ?? join(__dirname, '..', '..', 'web', 'dist'));
}

/** Builds the whole application (API, health routes and, when built, the dashboard) without listening. */
export async function createApp(options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ trustProxy: false, ...serverTimeouts(loadConfig()) });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    logger: options.logger ?? ['log', 'warn', 'error'],
    abortOnError: false,
  });
  const config = app.get(AppConfig);
  if (config.CLOCK_START) startClockAt(new Date(config.CLOCK_START));
  await app.register(helmet, securityHeaders(config));
  app.useGlobalFilters(new ClientErrorFilter());
  const web = webDistFolder(config);
  if (existsSync(join(web, 'index.html'))) {
    await app.register(fastifyStatic, staticFiles(web, config));
    app.useGlobalFilters(new SpaFallbackFilter());
  }
  await app.init();
  return app;
}
