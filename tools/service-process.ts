import { ChildProcess, spawn } from 'node:child_process';

export interface ServiceProcessOptions {
  /** The TypeScript entry point, run under tsx. */
  readonly entry: string;
  /** Its whole environment. */
  readonly env: NodeJS.ProcessEnv;
  /** What it prints once it serves; its first group is the URL. */
  readonly ready: RegExp;
  /** Node.js options (`--expose-gc`). */
  readonly nodeOptions?: readonly string[];
  /** A module (TypeScript allowed) loaded before the entry point. */
  readonly preload?: string;
  /** Whether to open an IPC channel to the process (for a preload that answers messages). */
  readonly ipc?: boolean;
  /** How long to wait for it to be ready. Default 60 s. */
  readonly readyTimeoutMs?: number;
}

export interface ServiceProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves with the signal that ended the process (null when it exited by itself). */
  readonly exited: Promise<NodeJS.Signals | null>;
  /** The last of what it printed. */
  output(): string;
  /** SIGTERM, then SIGKILL if it is still running after 10 s; resolves once it is gone. */
  stop(): Promise<void>;
}

/** A service (the gateway, a subgraph) as a Node.js process of its own; resolves once it says it is ready. */
export async function startServiceProcess(options: ServiceProcessOptions): Promise<ServiceProcess> {
  const args = [...(options.nodeOptions ?? []), '--import', 'tsx', ...(options.preload ? ['--import', options.preload] : []), options.entry];
  const child = spawn(process.execPath, args, { env: options.env, stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.entry} did not start: ${output}`)), options.readyTimeoutMs ?? 60_000);
    const read = (chunk: Buffer) => {
      // Kept short: a long run's log would otherwise grow without bound.
      output = (output + chunk.toString()).slice(-20_000);
      const found = options.ready.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${options.entry} exited: ${output}`));
    });
  }).catch((error: Error) => {
    child.kill('SIGKILL');
    throw error;
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    url,
    exited,
    output: () => output,
    stop: async () => {
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
