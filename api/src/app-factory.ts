import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import { NUL_MESSAGE } from './common/nul-character';
import { AppModule } from './app.module';
import { PublicCache } from './public-cache/public-cache';
import { startClockAt } from './common/clock';
import { AppConfig, loadConfig } from './config/app-config';
import { GraphQLFastPath } from './public-cache/graphql-fast-path';
import { KeptAnswersLog } from './logging/kept-answers-log';
import { REQUEST_ID_HEADER, requestIdOf } from './logging/request-id';
import { ClientErrorFilter } from './web/client-error.filter';
import { securityHeaderList, securityHeadersHook } from './web/security-headers';
import { serverTimeouts } from './web/server-timeouts';
import { SpaFallbackFilter } from './web/spa-fallback.filter';
import { HashedAssets } from './web/hashed-assets';
import { staticFiles } from './web/static-files';
import { PageRendering } from './web/page-rendering';
import { PublicPages } from './web/public-pages';
import { EmbedPages } from './web/embed-pages';
import { OrganisationsService } from './organisations/organisations.service';
import { SessionsService } from './auth/sessions.service';

/** The built dashboard: WEB_DIST, or web/dist beside the api folder. */
export function webDistFolder(config: AppConfig): string {
  return resolve(config.WEB_DIST ?? join(__dirname, '..', '..', 'web', 'dist'));
}

/**
 * Builds the whole application (API, health routes and, when built, the dashboard) without
 * listening. It logs through pino (see LoggingModule); `logger: false` keeps it silent (the CLI,
 * the tests).
 */
export async function createApp(options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const env = loadConfig();
  const trust = env.trustProxy;
  const adapter = new FastifyAdapter({
    trustProxy: trust ?? false,
    genReqId: (request: IncomingMessage) => requestIdOf(request, trust),
    ...serverTimeouts(env),
  });
  const quiet = options.logger === false;
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    logger: quiet ? false : undefined,
    bufferLogs: !quiet,
    abortOnError: false,
  });
  if (!quiet) app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    // An address with an encoded NUL names nothing here; refused before any route looks it up.
    if (/%00/i.test(request.url)) {
      void reply.code(400).type('text/plain; charset=utf-8').send(NUL_MESSAGE);
      return;
    }
    done();
  });
  const fastPath = app.get(GraphQLFastPath);
  const keptAnswers = new KeptAnswersLog(trust);
  adapter.getInstance().addHook('onClose', (_instance, done) => {
    keptAnswers.close();
    done();
  });
  const early = {
    securityHeaders: securityHeaderList(config),
    requestId: (request: IncomingMessage) => requestIdOf(request, trust),
    log: (request: IncomingMessage, statusCode: number, milliseconds: number) =>
      keptAnswers.record(request, statusCode, milliseconds),
  };
  fastPath.register(adapter.getInstance(), { ...early, signedIn: (request) => !fastPath.isAnonymous(request) });
  if (config.CLOCK_START) startClockAt(new Date(config.CLOCK_START));
  adapter.getInstance().addHook('onRequest', securityHeadersHook(config));
  app.useGlobalFilters(new ClientErrorFilter());
  const web = webDistFolder(config);
  if (existsSync(join(web, 'index.html'))) {
    await app.register(fastifyStatic, staticFiles(web, config));
    HashedAssets.load(web, early).attach(adapter.getInstance().server);
    const pages = new PublicPages(PageRendering.load(web), app.get(SessionsService).cookieName, app.get(PublicCache));
    // `/` is a page like the others: answered here rather than as the folder's index.html.
    adapter.getInstance().get('/', (request, reply) => {
      void pages.answer(request, reply);
    });
    app.useGlobalFilters(new SpaFallbackFilter(pages));
    EmbedPages.register(adapter.getInstance(), web, app.get(PublicCache), app.get(OrganisationsService));
  }
  await app.init();
  if (quiet) PinoLogger.root.level = 'silent';
  return app;
}
