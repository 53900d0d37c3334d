import { badUserInput } from './errors';

/** Throws BAD_USER_INPUT naming the argument when `problem` found something wrong. */
export function assertValid(argument: string, value: string, problem: (value: string) => string | null): void {
  const found = problem(value);
  if (found) throw badUserInput(argument, found);
}
