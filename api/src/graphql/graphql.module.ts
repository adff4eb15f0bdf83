import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import { formatError } from './format-error';
import { createContext } from './graphql-context';

/** GraphQL over Fastify at /graphql: code-first schema, no playground (it needs a CDN), CSRF prevention on. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        graphiql: false,
        introspection: !config.isProduction,
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        includeStacktraceInErrorResponses: false,
        hideSchemaDetailsFromClientErrors: true,
        context: createContext,
        formatError: formatError(config.NODE_ENV === 'development'),
        buildSchemaOptions: { noDuplicatedFields: true },
      }),
    }),
  ],
})
export class AppGraphQLModule {}
