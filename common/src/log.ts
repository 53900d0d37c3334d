/**
 * Operational log lines, one JSON object each on stderr. Never a person's data: only what
 * an operator needs (component, event, an error's message).
 */
export function logEvent(component: string, event: string, detail: Record<string, unknown> = {}): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), component, event, ...detail })}\n`);
}
