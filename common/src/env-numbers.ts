/** A positive whole number from the environment variable `name`, or undefined when it is unset or blank; anything else stops the start with the variable named. */
export function positiveIntegerFromEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name]?.trim();
  return value ? positiveInteger(name, value) : undefined;
}

/**
 * A comma-separated list of positive whole numbers from `name`, one per label (`failures,windowMs,coolDownMs`),
 * or undefined when unset or blank.
 */
export function positiveIntegersFromEnv<K extends string>(env: NodeJS.ProcessEnv, name: string, labels: readonly K[]): Record<K, number> | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length !== labels.length) throw new Error(`${name}: expected ${labels.join(',')}, got "${value}"`);
  return Object.fromEntries(labels.map((label, i) => [label, positiveInteger(name, parts[i]!)])) as Record<K, number>;
}

export function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new Error(`${name}: expected a positive whole number, got "${value}"`);
  return number;
}
