import { DocumentNode } from 'graphql';
import { DenyReason } from '../../../common/src/policy';

/** One response key on the way from the root of the response to a denied field. */
export interface ResponseStep {
  /** The alias, or the field's name. */
  readonly key: string;
  /**
   * The `__typename`s the object holding the key can have for this step to apply: set where the
   * schema gives that object an interface or union type and the field was selected on a narrower one.
   */
  readonly onTypes?: readonly string[];
  /** Whether the value may be null, then its items, list level by list level: `[Diagnosis!]!` is [false, false]. */
  readonly nullable: readonly boolean[];
}

/** A field taken out of the operation. List positions are not known before execution: the response step finds them. */
export interface DeniedField {
  /** The response keys from the root to the field. */
  readonly path: readonly string[];
  readonly steps: readonly ResponseStep[];
  /** The object type the field was denied on. */
  readonly typeName: string;
  readonly fieldName: string;
  readonly reason: DenyReason;
}

export interface FieldRemoval {
  /** The operation with every denied field taken out; fragments inlined, other operations dropped. */
  readonly document: DocumentNode;
  readonly denied: readonly DeniedField[];
  /**
   * The alias under which the operation now also asks for `__typename`, where a selection was
   * emptied or the type of an object decides where a denied field's error goes; the response
   * step removes it. Undefined when nothing was added.
   */
  readonly typenameAlias: string | undefined;
  /** True when no field was taken out and nothing added: the document is the operation as sent. */
  readonly unchanged: boolean;
}
