import { Module } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream, Level, LoggerOptions } from 'pino';
import { AppConfig } from '../config/app-config';
import { clientAddress } from '../web/trust-proxy';
import { humanStdout } from './human-lines';
import { requestIdOf } from './request-id';

/**
 * Headers that must never reach a log, should a line ever carry headers: the session cookie, a
 * bearer token, the cookie a response sets.
 */
const REDACTED = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
];

/** pino's settings: ISO times, level names, secrets redacted. */
export function pinoOptions(config: AppConfig): LoggerOptions {
  return {
    level: config.LOG_LEVEL,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED, censor: '[redacted]' },
  };
}

/**
 * Production (and test) writes JSON lines to standard output; development writes them for people.
 * Lines are written without waiting: those logged while a write is under way go out together in
 * the next one, so a crowd's requests cost a write per batch, not per line. pino writes what is
 * left when the process exits.
 */
function destination(config: AppConfig): DestinationStream {
  return config.NODE_ENV === 'development' ? humanStdout : pino.destination({ dest: 1, sync: false });
}

/** A refused request is a warning, a failed one an error. */
function levelOf(_request: IncomingMessage, response: ServerResponse, error?: Error): Level {
  if (error || response.statusCode >= 500) return 'error';
  return response.statusCode >= 400 ? 'warn' : 'info';
}

/**
 * Structured logs through pino: one line per request when it completes (method, path without
 * its query, status, time, client address) and every line written while a request runs carries
 * its `requestId`. Headers and bodies are never logged.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const trust = config.trustProxy;
        return {
          pinoHttp: {
            logger: pino(pinoOptions(config), destination(config)),
            genReqId: (request: IncomingMessage) => requestIdOf(request, trust),
            quietReqLogger: true,
            customAttributeKeys: { reqId: 'requestId' },
            customProps: (request: IncomingMessage) => ({ ip: clientAddress(request, trust) }),
            customLogLevel: levelOf,
            serializers: {
              req: (request: { method?: string; url?: string }) => ({
                method: request.method,
                path: request.url?.split('?')[0],
              }),
              res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
            },
          },
        };
      },
    }),
  ],
})
export class LoggingModule {}
