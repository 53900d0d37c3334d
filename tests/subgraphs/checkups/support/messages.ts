/** What the test process and the subgraph process (serve-checkups.ts) say to each other over IPC. */
export type ParentMessage = 'stats' | 'stop';
export type ChildMessage = { readonly url: string } | { readonly statements: number } | { readonly error: string };
