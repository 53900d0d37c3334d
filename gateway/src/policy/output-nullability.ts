import { GraphQLOutputType, isListType, isNonNullType } from 'graphql';

/** Whether a value of `type` may be null, then its items, list level by list level: `[[Int]!]` is [true, false, true]. */
export function outputNullability(type: GraphQLOutputType): boolean[] {
  const levels: boolean[] = [];
  let current: GraphQLOutputType = type;
  for (;;) {
    levels.push(!isNonNullType(current));
    const nullable = isNonNullType(current) ? current.ofType : current;
    if (!isListType(nullable)) return levels;
    current = nullable.ofType;
  }
}
