import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { FastifyRequest } from 'fastify';
import {
  ExecutionArgs,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server } from 'node:http';
import { Duplex } from 'node:stream';
import { SessionsService } from '../auth/sessions.service';
import { LoaderCache } from '../common/batch';
import { ErrorCode } from '../common/domain-error';
import { anyNul, containsNul, NUL_MESSAGE } from '../common/nul-character';
import { AppConfig } from '../config/app-config';
import { formatError } from '../graphql/format-error';
import { aliasLimit, depthLimit, MAX_TOKENS } from '../graphql/limits';
import { queryCost, tooCostly } from '../graphql/query-cost';
import { clientAddress } from '../web/trust-proxy';
import { LiveContext } from './live-context';

/** The most subscriptions one WebSocket may hold at once (a page needs one or two). */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;

type SocketContext = Context<Record<string, unknown> | undefined, { request: IncomingMessage }>;

const refusal = (message: string, code: string): GraphQLError => new GraphQLError(message, { extensions: { code } });

/**
 * graphql-ws at /graphql, on the server's own port (Nest's GqlSubscriptionService answers the
 * HTTP upgrade). Every subscription passes the checks an HTTP operation does before it runs —
 * the token, depth and alias limits, NUL characters, the cost limit — and errors go through the
 * same formatter. The signed-in person is the session cookie's, sent with the upgrade, and only
 * when the upgrade comes from a page of this site (its Origin is the Host it asked): another
 * site's page that opens a socket here is anonymous.
 */
@Injectable()
export class LiveSocket implements OnApplicationBootstrap {
  private readonly format: ReturnType<typeof formatError>;
  private path = '/graphql';

  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly moduleRef: ModuleRef,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.format = formatError(config.NODE_ENV === 'development');
  }

  /**
   * An upgrade to anything but the subscriptions' path is answered 404 and closed: once the
   * server listens for upgrades, Node leaves the others open for the listeners to end.
   */
  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    server?.on('upgrade', (request: IncomingMessage, socket: Duplex) => {
      const pathname = (request.url ?? '').split('?')[0];
      if (pathname === this.path) return;
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
  }

  /** The `graphql-ws` options for GraphQLModule's `subscriptions`. */
  options(path: string): Record<string, unknown> {
    this.path = path;
    return {
      path,
      onSubscribe: (ctx: SocketContext, _id: string, payload: SubscribePayload) => this.onSubscribe(ctx, payload),
      onNext: (
        _ctx: SocketContext,
        _id: string,
        _payload: SubscribePayload,
        _args: ExecutionArgs,
        result: ExecutionResult,
      ) => this.formatResult(result),
      onError: (_ctx: SocketContext, _id: string, _payload: SubscribePayload, errors: readonly GraphQLError[]) =>
        errors.map((error) => this.formatOne(error)),
    };
  }

  private async onSubscribe(ctx: SocketContext, payload: SubscribePayload): Promise<ExecutionArgs | GraphQLError[]> {
    if (Object.keys(ctx.subscriptions).length >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return [
        refusal(
          `One connection holds at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions; end one first.`,
          ErrorCode.QUERY_TOO_LARGE,
        ),
      ];
    }
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    let document;
    try {
      document = parse(payload.query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      return [refusal((error as GraphQLError).message, 'GRAPHQL_PARSE_FAILED')];
    }
    const operationName = payload.operationName ?? undefined;
    const operation = getOperationAST(document, operationName);
    if (operation && operation.operation !== 'subscription') {
      return [
        refusal(
          'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
          'GRAPHQL_VALIDATION_FAILED',
        ),
      ];
    }
    const invalid = validate(schema, document, [...specifiedRules, depthLimit, aliasLimit]);
    if (invalid.length > 0) {
      return invalid.map((error) => refusal(error.message, 'GRAPHQL_VALIDATION_FAILED'));
    }
    const variables = payload.variables ?? {};
    if (hasNul(document) || anyNul(variables)) return [refusal(NUL_MESSAGE, ErrorCode.BAD_USER_INPUT)];
    try {
      const cost = queryCost(schema, document, variables, operationName);
      if (cost > this.config.GRAPHQL_MAX_COST) return [tooCostly(cost, this.config.GRAPHQL_MAX_COST)];
    } catch (error) {
      // A variable that does not fit its type: execution refuses it with the right message.
      if (!(error instanceof GraphQLError)) throw error;
    }
    return {
      schema,
      document,
      operationName,
      variableValues: variables,
      contextValue: await this.context(ctx.extra.request),
    };
  }

  /** The context of one subscription: its own loaders, and the actor of the upgrade request. */
  private async context(upgrade: IncomingMessage): Promise<LiveContext> {
    const active = sameSite(upgrade) ? await this.sessions.resolve(upgrade as unknown as FastifyRequest) : null;
    return {
      upgrade,
      loaders: new LoaderCache(),
      actor: {
        user: active?.user ?? null,
        ip: clientAddress(upgrade, this.config.trustProxy),
        requestId: randomUUID(),
      },
    };
  }

  private formatResult(result: ExecutionResult): ExecutionResult | void {
    if (!result.errors?.length) return;
    return {
      ...result,
      errors: result.errors.map((error) => this.formatOne(error) as unknown as GraphQLError),
    };
  }

  private formatOne(error: GraphQLError): GraphQLFormattedError {
    const code = error.extensions?.code;
    if (
      !error.originalError &&
      typeof code === 'string' &&
      !['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', ErrorCode.BAD_USER_INPUT].includes(code)
    ) {
      // Our own refusals (too many subscriptions): already worded for the client.
      return error.toJSON();
    }
    const formatted = error.toJSON();
    const extensions = { ...formatted.extensions, code: code ?? 'GRAPHQL_VALIDATION_FAILED' };
    const { http: _http, ...rest } = extensions as Record<string, unknown>;
    return this.format({ ...formatted, extensions: rest }, error);
  }
}

/** Whether the upgrade came from a page of this site: no Origin (not a browser), or one whose host is the Host asked. */
function sameSite(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function hasNul(document: ReturnType<typeof parse>): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (containsNul(node.value)) found = true;
    },
  });
  return found;
}
