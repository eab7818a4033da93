import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** The deepest answer the dashboard asks for is 4 levels; 10 leaves room and stops abuse. */
export const MAX_QUERY_DEPTH = 10;
/** Selected fields per operation, fragments expanded. The dashboard's largest asks for ~40. */
export const MAX_QUERY_FIELDS = 500;

/**
 * Validation rules (they run before any resolver) that refuse an operation nested deeper than
 * maxDepth or selecting more than maxFields fields once fragments are expanded, so neither a deep
 * nor a wide query can make the server work hard. Fragment cycles are already refused by graphql's
 * own rules; the walk stops at maxDepth anyway.
 */
export function queryLimitRules(
  maxDepth = MAX_QUERY_DEPTH,
  maxFields = MAX_QUERY_FIELDS,
): ((context: ValidationContext) => ASTVisitor)[] {
  return [
    (context) => ({
      OperationDefinition(operation) {
        const fragments = new Map<string, FragmentDefinitionNode>(
          context
            .getDocument()
            .definitions.filter(
              (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
            )
            .map((d) => [d.name.value, d]),
        );
        let fields = 0;
        let depthExceeded = false;
        const walk = (selectionSet: SelectionSetNode, depth: number): void => {
          for (const selection of selectionSet.selections) {
            if (selection.kind === Kind.FIELD) {
              fields += 1;
              if (!selection.selectionSet) continue;
              if (depth + 1 > maxDepth) depthExceeded = true;
              else walk(selection.selectionSet, depth + 1);
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              walk(selection.selectionSet, depth);
            } else {
              const fragment = fragments.get(selection.name.value);
              if (fragment) walk(fragment.selectionSet, depth);
            }
            if (depthExceeded || fields > maxFields) return;
          }
        };
        // Tools' introspection query nests ofType a dozen levels; it is off in production anyway.
        const introspectionOnly = operation.selectionSet.selections.every(
          (s) =>
            s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'),
        );
        if (introspectionOnly) return;
        walk(operation.selectionSet, 1);
        const name = operation.name?.value ?? 'the operation';
        if (depthExceeded)
          context.reportError(
            new GraphQLError(`${name} is nested deeper than ${maxDepth} levels`, {
              nodes: [operation],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
        else if (fields > maxFields)
          context.reportError(
            new GraphQLError(`${name} selects more than ${maxFields} fields`, {
              nodes: [operation],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
      },
    }),
  ];
}
