import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import { formatError } from './format-error';
import { AuthModule } from '../auth/auth.module';
import { SessionsService } from '../auth/sessions.service';
import { LoaderCache } from '../common/batch';
import { GraphQLContext } from './graphql-context';
import { knownOperationTypes } from './known-operation-types.plugin';
import { nulCharacters } from './nul-characters.plugin';
import { aliasLimit, depthLimit, MAX_TOKENS } from './limits';
import { queryCostPlugin } from './query-cost.plugin';
import { requestBudgetPlugin } from './request-budget.plugin';
import { refusalsLogPlugin } from '../logging/refusals.plugin';
import { answerRecordPlugin } from '../public-cache/answer-record.plugin';
import { LiveModule } from '../live/live.module';
import { LiveSocket } from '../live/live.socket';

/**
 * GraphQL over Fastify at /graphql: code-first schema, no playground (it needs a CDN), CSRF
 * prevention on; subscriptions over graphql-ws on the same port and path (live/live.socket.ts).
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, LiveModule],
      inject: [AppConfig, SessionsService, LiveSocket],
      useFactory: (config: AppConfig, sessions: SessionsService, live: LiveSocket) => ({
        path: '/graphql',
        subscriptions: { 'graphql-ws': live.options('/graphql') },
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        graphiql: false,
        introspection: !config.isProduction,
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        persistedQueries: false,
        validationRules: [depthLimit, aliasLimit],
        parseOptions: { maxTokens: MAX_TOKENS },
        plugins: [
          refusalsLogPlugin(),
          knownOperationTypes,
          nulCharacters,
          queryCostPlugin(config.GRAPHQL_MAX_COST),
          requestBudgetPlugin({ timeLimitMs: config.GRAPHQL_TIME_LIMIT_MS, maxValues: config.GRAPHQL_MAX_VALUES }),
          // Last: it records the answer as the plugins above leave it, for the public cache.
          answerRecordPlugin,
        ],
        includeStacktraceInErrorResponses: false,
        hideSchemaDetailsFromClientErrors: true,
        context: async (request: FastifyRequest, reply: FastifyReply): Promise<GraphQLContext> => {
          const active = await sessions.resolve(request);
          return {
            req: request,
            reply,
            loaders: new LoaderCache(),
            actor: { user: active?.user ?? null, ip: request.ip, requestId: request.id },
            sessionId: active?.session.id ?? null,
          };
        },
        formatError: formatError(config.NODE_ENV === 'development'),
        buildSchemaOptions: { noDuplicatedFields: true },
      }),
    }),
  ],
})
export class AppGraphQLModule {}
