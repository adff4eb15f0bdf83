import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';
import { anyNul, containsNul, NUL_MESSAGE } from '../common/nul-character';
import { ErrorCode } from '../common/domain-error';

/**
 * Refuses, before anything runs, an operation with NUL in a string: in its variables or in a
 * string literal of its document (common/nul-character.ts).
 */
export const nulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        let inDocument = false;
        visit(document, {
          [Kind.STRING]: (node) => {
            if (containsNul(node.value)) inDocument = true;
          },
        });
        if (inDocument || anyNul(request.variables ?? {})) {
          throw new GraphQLError(NUL_MESSAGE, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
          });
        }
      },
    };
  },
};
