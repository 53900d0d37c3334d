import { RowBuffer, copyLine } from '../../data/src/copy';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('copyLine: PostgreSQL COPY text format', () => {
  test('values are tab-separated, null is \\N, booleans t and f, numbers as written', () => {
    expect(copyLine(['a', 1, 2.5, null, true, false])).toBe('a\t1\t2.5\t\\N\tt\tf\n');
  });

  test('backslashes, tabs, newlines and carriage returns are escaped', () => {
    expect(copyLine(['a\\b', 'c\td', 'e\nf', 'g\rh'])).toBe('a\\\\b\tc\\td\te\\nf\tg\\rh\n');
  });

  test('arrays become array literals, strings quoted', () => {
    expect(copyLine([[1, 2], ['x', 'y "z"'], []])).toBe('{1,2}\t{"x","y \\\\"z\\\\""}\t{}\n');
  });

  test('text other than ASCII is kept as is', () => {
    expect(copyLine(['東京都', 'ｱｲ'])).toBe('東京都\tｱｲ\n');
  });
});

describe('RowBuffer', () => {
  const tables = [{ table: 'a', columns: ['x', 'y'] }, { table: 'b', columns: ['z'] }];

  test('collects each table as UTF-8 COPY text with its row count, and starts empty again after a drain', () => {
    const buffer = new RowBuffer(tables);
    buffer.add('a', ['東', 1]);
    buffer.add('a', ['x'.repeat(100_000), null]);
    const first = buffer.drain();
    expect([...first.keys()]).toEqual(['a']);
    expect(first.get('a')!.rows).toBe(2);
    expect(decode(first.get('a')!.bytes)).toBe(`東\t1\n${'x'.repeat(100_000)}\t\\N\n`);
    buffer.add('b', ['後']);
    const second = buffer.drain();
    expect([...second.keys()]).toEqual(['b']);
    expect(decode(second.get('b')!.bytes)).toBe('後\n');
  });

  test('refuses an unknown table or a row of the wrong width', () => {
    const buffer = new RowBuffer(tables);
    expect(() => buffer.add('c', [1])).toThrow('no table c');
    expect(() => buffer.add('a', [1])).toThrow('a: 1 values for 2 columns');
  });
});
