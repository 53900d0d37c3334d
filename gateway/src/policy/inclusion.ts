import { DirectiveNode, getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective } from 'graphql';

/** Whether `@skip`/`@include` keep a selection in the response for these (coerced) variables. */
export function isIncluded(directives: readonly DirectiveNode[] | undefined, variables: Readonly<Record<string, unknown>>): boolean {
  if (!directives || directives.length === 0) return true;
  if (getDirectiveValues(GraphQLSkipDirective, { directives }, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, { directives }, variables)?.if !== false;
}
