/**
 * Loaded into the gateway's process by the soak (with `--expose-gc`): on the message `memory`
 * over IPC it runs a full garbage collection and answers with the process' memory usage.
 */
process.on('message', (message) => {
  if (message !== 'memory') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  process.send?.({ ...process.memoryUsage(), collected: gc !== undefined });
});
