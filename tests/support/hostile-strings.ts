import fc from 'fast-check';

/**
 * Characters that have broken parsers and queries elsewhere: NUL and other controls, SQL and
 * LIKE metacharacters, full-width digits and letters, half-width katakana and its sound marks,
 * combining marks, ideographic and zero-width spaces, a surrogate pair and lone surrogates,
 * bidirectional overrides, and the hiragana, katakana and kanji names are written in.
 */
const HOSTILE_CHARACTERS = [
  '\u0000', '\u0001', '\u0008', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085',
  "'", '"', '`', ';', '--', '/*', '*/', '\\', '%', '_', '$1', '::', '(', ')', '{', '}', '[', ']', '<', '>', '&', '#', '@', '.', '-', '/',
  '０', '１', '９', 'Ａ', 'ｆ', '－', '＠', '％',
  'ｱ', 'ｶ', 'ﾞ', 'ﾟ', 'ｰ', '\u0301', '\u0308', '\u3099', '\u309a',
  ' ', '\u3000', '\u200b', '\u00a0', '\ufeff', '\u202e', '\u2028',
  '𠮷', '😀', '\ud800', '\udfff',
  'さ', 'サ', '佐', '藤', '鷺', '宮', '東', '京', '0', '1', '7', 'a', 'F', 'x', 'é',
];

/** One hostile character, or a run of arbitrary code points (any plane, any category). */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CHARACTERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 3 }) },
);

/**
 * Arbitrary strings as a careless or hostile client might send them: short mixes of the
 * characters above, now and then very long (up to 20,000 characters).
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_CHARACTERS), fc.integer({ min: 256, max: 20_000 })).map(([c, n]) => c.repeat(n)) },
);

/** Digits as a valid identifier has them, then perhaps made full-width, padded or cut: near misses. */
export const nearDigits = (length: number): fc.Arbitrary<string> =>
  fc.tuple(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length }), fc.constantFrom('as is', 'full-width', 'padded', 'cut', 'NUL')).map(([digits, change]) => {
    switch (change) {
      case 'full-width':
        return digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      case 'padded':
        return ` ${digits}`;
      case 'cut':
        return digits.slice(1);
      case 'NUL':
        return `${digits}\u0000`;
      default:
        return digits;
    }
  });
