import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion } from '../../bench/code-version';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Bench Test', '-c', 'user.email=bench@example.invalid', ...args], { cwd, encoding: 'utf8' });

describe('the code version of a benchmark run', () => {
  const repo = realpathSync(mkdtempSync(join(tmpdir(), 'bench-code-')));
  git(repo, 'init', '-q');
  writeFileSync(join(repo, 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(repo, 'RESULTS.md'), 'old figures\n');
  git(repo, 'add', 'a.ts', 'RESULTS.md');
  git(repo, 'commit', '-q', '-m', 'first');
  const head = git(repo, 'rev-parse', '--short=12', 'HEAD').trim();

  test('names the commit and, once nothing differs from it, nothing uncommitted', () => {
    expect(codeVersion(repo, join(repo, 'RESULTS.md'))).toEqual({ commit: head, uncommitted: [] });
  });

  test('lists changed and untracked files, but not the results file being written', () => {
    writeFileSync(join(repo, 'a.ts'), 'export const a = 2;\n');
    writeFileSync(join(repo, 'b.ts'), 'export const b = 1;\n');
    writeFileSync(join(repo, 'RESULTS.md'), 'new figures\n');
    expect(codeVersion(repo, join(repo, 'RESULTS.md'))).toEqual({ commit: head, uncommitted: ['a.ts', 'b.ts'] });
  });

  test('outside a git working tree there is no commit', () => {
    const plain = mkdtempSync(join(tmpdir(), 'bench-plain-'));
    expect(codeVersion(plain, join(plain, 'RESULTS.md'))).toEqual({ commit: null, uncommitted: [] });
  });
});
