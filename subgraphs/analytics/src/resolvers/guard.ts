import { SubgraphContext } from '../../../common/src/context';
import { decideField } from '../../../common/src/field-policy';

/**
 * Whether the caller may read the aggregate answered by a root field, asked of one of its fields
 * (the same decision the field policy makes on each of them). A caller who may not gets an empty
 * answer, whose fields the policy then denies one by one: nothing is read from the database for
 * them, and nothing about the data (not even whether there is any) reaches them.
 */
export async function mayRead(context: SubgraphContext, field: string): Promise<boolean> {
  return (await decideField(context, field, {})).allow;
}
