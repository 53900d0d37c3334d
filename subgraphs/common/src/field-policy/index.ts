export { withFieldPolicy } from './with-field-policy';
export { decideField } from './decide-field';
export { visibleItems } from './visible-items';
export { factsOf, ownedFacts, personFacts } from './record-facts';
export type { FactsReader, RecordFactsByType } from './record-facts';
