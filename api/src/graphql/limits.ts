import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/** The limits of the GraphQL surface (docs/security.md); the dashboard's deepest query is 7 levels. */
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
export const MAX_TOKENS = 5_000;

type Fragments = Record<string, FragmentDefinitionNode>;

/** Walks a selection set through its fragments, calling `visit` with every field and its depth. */
function walk(
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  depth: number,
  visit: (field: FieldNode, depth: number) => void,
  seen: Set<string> = new Set(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      visit(selection, depth);
      if (selection.selectionSet) walk(selection.selectionSet, fragments, depth + 1, visit, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, fragments, depth, visit, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      walk(fragment.selectionSet, fragments, depth, visit, new Set([...seen, name]));
    }
  }
}

function perOperation(check: (operation: OperationDefinitionNode, fragments: Fragments) => string | null) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(operation) {
        const problem = check(operation, fragments);
        if (problem) context.reportError(new GraphQLError(problem, { nodes: [operation] }));
      },
    };
  };
}

/** Refuses operations nested deeper than MAX_DEPTH fields (introspection fields aside). */
export const depthLimit = perOperation((operation, fragments) => {
  let deepest = 0;
  walk(operation.selectionSet, fragments, 1, (_field, depth) => (deepest = Math.max(deepest, depth)));
  return deepest > MAX_DEPTH ? `The query is ${deepest} levels deep; at most ${MAX_DEPTH} are allowed.` : null;
});

/** Refuses operations with more than MAX_ALIASES aliased fields (alias-based batching). */
export const aliasLimit = perOperation((operation, fragments) => {
  let aliases = 0;
  walk(operation.selectionSet, fragments, 1, (field) => (aliases += field.alias ? 1 : 0));
  return aliases > MAX_ALIASES ? `The query uses ${aliases} aliases; at most ${MAX_ALIASES} are allowed.` : null;
});
