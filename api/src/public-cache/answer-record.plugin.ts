import { ApolloServerPlugin } from '@apollo/server';
import { FastifyRequest } from 'fastify';
import { OperationTypeNode } from 'graphql';
import { GraphQLContext } from '../graphql/graphql-context';

/** What Apollo made of one request: the type of the operation it ran, and whether it answered with no error. */
export interface AnswerRecord {
  operation: OperationTypeNode | null;
  clean: boolean;
}

const records = new WeakMap<FastifyRequest, AnswerRecord>();

/** Apollo's record of a request, once it has answered it; undefined when Apollo never got to it. */
export const answerRecordOf = (request: FastifyRequest): AnswerRecord | undefined => records.get(request);

/**
 * Records, for the public cache (graphql-fast-path.ts), which operation Apollo resolved and
 * whether its answer carries any error. Listed after every plugin that may rewrite the answer
 * (the request budget replaces it with an error), so it sees the answer as sent.
 */
export const answerRecordPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    let operation: OperationTypeNode | null = null;
    return {
      async didResolveOperation(context) {
        operation = context.operation?.operation ?? null;
      },
      async willSendResponse({ response, contextValue }) {
        const body = response.body;
        const clean =
          body.kind === 'single' &&
          body.singleResult.errors === undefined &&
          body.singleResult.data !== undefined &&
          body.singleResult.data !== null &&
          (response.http.status ?? 200) === 200;
        if (contextValue?.req) records.set(contextValue.req, { operation, clean });
      },
    };
  },
};
