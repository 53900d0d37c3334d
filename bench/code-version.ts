import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';

export interface CodeVersion {
  /** The commit checked out, or null outside a git working tree. */
  readonly commit: string | null;
  /** Files that differ from it (changed, added or untracked), the results file excepted. */
  readonly uncommitted: readonly string[];
}

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * What code the figures are of: the commit of the working tree `directory` is in, and what in
 * that tree was not committed when the benchmark ran (it ran too).
 */
export function codeVersion(directory: string, resultsPath: string): CodeVersion {
  let root: string;
  try {
    root = git(directory, 'rev-parse', '--show-toplevel').trim();
  } catch {
    return { commit: null, uncommitted: [] };
  }
  const results = relative(root, resultsPath);
  const uncommitted = git(root, 'status', '--porcelain=v1', '--untracked-files=all')
    .split('\n')
    .filter((line) => line.length > 3)
    .map((line) => line.slice(3))
    .filter((path) => path !== results);
  return { commit: git(root, 'rev-parse', '--short=12', 'HEAD').trim(), uncommitted };
}
