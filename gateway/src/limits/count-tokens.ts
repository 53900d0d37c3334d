import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Whether a document has more than `max` tokens (comments not counted, as graphql-js's parser
 * counts them for its `maxTokens`), lexing no further than token `max + 1`. A lexical error ends
 * the count: the parser reports it.
 */
export function exceedsTokens(document: string, max: number): boolean {
  const lexer = new Lexer(new Source(document));
  try {
    for (let count = 0; ; count++) {
      if (lexer.advance().kind === TokenKind.EOF) return false;
      if (count >= max) return true;
    }
  } catch {
    return false;
  }
}
