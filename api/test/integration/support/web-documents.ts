import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { loadDocuments } from '@graphql-tools/load';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  NamedTypeNode,
  OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { join } from 'node:path';
import { MAX_PAGE_SIZE } from '../../../src/common/pagination';

export interface WebOperation {
  name: string;
  /** The operation with every fragment of the web app, as the app sends it. */
  document: DocumentNode;
  /** Values for its variables: the largest page the API allows for `first`, a placeholder for the rest. */
  variables: Record<string, unknown>;
}

const WEB_SOURCES = join(__dirname, '..', '..', '..', '..', 'web', 'src');

/** A value of an input type, with every required field of an input object filled in. */
function placeholder(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) return [];
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(required.map((field) => [field.name, placeholder(field.type)]));
  }
  if (named.name === 'Boolean') return true;
  if (named.name === 'Int' || named.name === 'Float') return 1;
  if (named.name === 'Date') return '2026-01-01';
  if (named.name === 'DateTime') return '2026-01-01T00:00:00Z';
  return 'placeholder';
}

/** Values for an operation's required variables; a page size is the largest the API gives. */
function variablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const entries = (operation.variableDefinitions ?? []).flatMap((definition) => {
    const name = definition.variable.name.value;
    if (name === 'first') return [[name, MAX_PAGE_SIZE]];
    const type = typeFromAST(schema, definition.type as NamedTypeNode) as GraphQLInputType | undefined;
    return type && isNonNullType(type) ? [[name, placeholder(type)]] : [];
  });
  return Object.fromEntries(entries);
}

/** Every query and mutation the dashboard sends, read from its source files. */
export async function webOperations(schema: GraphQLSchema): Promise<WebOperation[]> {
  const sources = await loadDocuments(
    [
      join(WEB_SOURCES, '**/*.{ts,tsx}'),
      `!${join(WEB_SOURCES, '__generated__/**')}`,
      `!${join(WEB_SOURCES, '**/*.test.{ts,tsx}')}`,
    ],
    { loaders: [new CodeFileLoader({ pluckConfig: { globalGqlIdentifierName: ['graphql', 'gql'] } })] },
  );
  const definitions = sources.flatMap((source) => source.document?.definitions ?? []);
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? '(anonymous)',
      document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
      variables: variablesOf(schema, operation),
    }));
}
