import { FieldName } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { FactsReader } from './record-facts';
import { decideField } from './decide-field';

/**
 * The items of a list the caller may see, judged by `field` of each item: a list shows only what
 * its reader may see (an untold diagnosis is not there for an institution, DOMAIN.md §5), rather
 * than an entry whose every field is withheld, which would tell that there is one.
 */
export async function visibleItems<T>(context: SubgraphContext, field: FieldName, items: readonly T[], facts: FactsReader): Promise<T[]> {
  const decisions = await Promise.all(items.map((item) => decideField(context, field, facts(item))));
  return items.filter((_item, index) => decisions[index]!.allow);
}
