import { GraphQLFormattedError } from 'graphql';
import { forbidden } from '../../../common/src/errors';
import { DeniedField, FieldRemoval } from './denied-field';

type ResponseData = Record<string, unknown>;
type ResponsePath = ReadonlyArray<string | number>;

/** A place in the response that holds a value, and whether the schema lets it be null. */
interface Slot {
  readonly container: ResponseData | unknown[];
  readonly key: string | number;
  readonly nullable: boolean;
}

/** One place in the response where a denied field would have been. */
interface Occurrence {
  readonly denial: DeniedField;
  readonly path: ResponsePath;
  /** From the root to the field. */
  readonly slots: readonly Slot[];
}

export interface ForbiddenResponse {
  readonly data: ResponseData | null | undefined;
  /** One FORBIDDEN error per place a denied field would have been, at its concrete path. */
  readonly errors: GraphQLFormattedError[];
}

/**
 * The executed response with every denied field answered: null in the data, and FORBIDDEN with its
 * reason at each concrete path (list positions filled in). A denied field under a parent that is
 * null or absent gets no error. A field the schema says cannot be null nulls its nearest nullable
 * parent instead, as GraphQL does for a non-null field that fails. The `__typename` the removal
 * added is taken out. `data` is not changed.
 */
export function placeForbiddenErrors(data: ResponseData | null | undefined, removal: Pick<FieldRemoval, 'denied' | 'typenameAlias'>): ForbiddenResponse {
  if (!data || (removal.denied.length === 0 && removal.typenameAlias === undefined)) return { data, errors: [] };
  const copy = structuredClone(data);
  const occurrences = distinct(removal.denied.flatMap((denial) => occurrencesOf(copy, denial, removal.typenameAlias)));
  const errors = occurrences.map(({ denial, path }) => ({ ...forbidden(denial.reason, `${denial.typeName}.${denial.fieldName}`).toJSON(), path }));
  let answered: ResponseData | null = copy;
  for (const { slots } of occurrences) if (!setNull(slots)) answered = null;
  if (answered && removal.typenameAlias !== undefined) removeKey(answered, removal.typenameAlias);
  return { data: answered, errors };
}

function occurrencesOf(data: ResponseData, denial: DeniedField, typenameAlias: string | undefined): Occurrence[] {
  const found: Occurrence[] = [];
  const visitObject = (object: ResponseData, index: number, path: ResponsePath, slots: readonly Slot[]): void => {
    const step = denial.steps[index];
    if (!step) return;
    if (step.onTypes) {
      const typename = typenameAlias === undefined ? undefined : object[typenameAlias];
      if (typeof typename !== 'string' || !step.onTypes.includes(typename)) return;
    }
    const here = { path: [...path, step.key], slots: [...slots, { container: object, key: step.key, nullable: step.nullable[0] ?? true }] };
    if (index === denial.steps.length - 1) found.push({ denial, ...here });
    else visitValue(object[step.key], index, 1, here.path, here.slots);
  };
  const visitValue = (value: unknown, index: number, level: number, path: ResponsePath, slots: readonly Slot[]): void => {
    if (Array.isArray(value)) {
      const nullable = denial.steps[index]?.nullable[level] ?? true;
      value.forEach((item: unknown, position) => visitValue(item, index, level + 1, [...path, position], [...slots, { container: value, key: position, nullable }]));
    } else if (isObject(value)) {
      visitObject(value, index + 1, path, slots);
    }
  };
  visitObject(data, 0, [], []);
  return found;
}

/** One occurrence per concrete path: selections on overlapping types can deny the same field twice. */
function distinct(occurrences: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return occurrences.filter(({ path }) => {
    const id = JSON.stringify(path);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Nulls the field, or its nearest nullable parent; false when nothing up to the root may be null. */
function setNull(slots: readonly Slot[]): boolean {
  for (let index = slots.length - 1; index >= 0; index -= 1) {
    const slot = slots[index]!;
    if (!slot.nullable) continue;
    if (Array.isArray(slot.container)) slot.container[slot.key as number] = null;
    else slot.container[slot.key] = null;
    return true;
  }
  return false;
}

function removeKey(value: unknown, key: string): void {
  if (Array.isArray(value)) {
    for (const item of value) removeKey(item, key);
  } else if (isObject(value)) {
    delete value[key];
    for (const child of Object.values(value)) removeKey(child, key);
  }
}

const isObject = (value: unknown): value is ResponseData => typeof value === 'object' && value !== null && !Array.isArray(value);
