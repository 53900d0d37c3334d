/** What the test process asks the subgraph process, and what it answers. */
export type ParentMessage = 'stats' | 'stop';
export type ChildMessage = { url: string } | { statements: number } | { error: string };
