/**
 * One person's record across the four subgraphs: the same fields asked of the gateway in one
 * query, and of each subgraph in its own (eligibility by `person(id)`, the others by `_entities`
 * with a Person representation). No field needs another subgraph to resolve it.
 *
 * Only fields a physician sees under the person's consent at the physician's institution (the
 * institution view, DOMAIN.md §5): not the card certificates (the patient's only) nor a claim's
 * points (the itemized statement's), so every mode gives the same record, the policy on or off.
 */
export const SELECTIONS = {
  eligibility: `name { kanji kana } sex birthDate address { postalCode prefecture municipality line }
    currentQualification { insurerNumber symbol number branch relationship acquiredOn benefitRatio highCostCategory insurer { name type } }`,
  receipts: `claims(first: 10) { totalCount nodes { id treatmentMonth claimType institutionName diagnoses { code name primary } } }`,
  checkups: `checkups(first: 5) { totalCount nodes { id examinedOn fiscalYear kind items { bmi systolicBp diastolicBp ldl hba1c } guidance { level } } }`,
  prescriptions: `medications(first: 10) { totalCount nodes { id dispensedOn drugName quantity unit days drug { ingredientName route } } }`,
} as const;

export type SubgraphName = keyof typeof SELECTIONS;
export const SUBGRAPH_NAMES = Object.keys(SELECTIONS) as SubgraphName[];

export const GATEWAY_QUERY = `query PersonRecord($id: ID!) { person(id: $id) { id ${SUBGRAPH_NAMES.map((n) => SELECTIONS[n]).join(' ')} } }`;

/** The body of one subgraph's part of the record for the person `id`. */
export function directBody(subgraph: SubgraphName, id: string): string {
  if (subgraph === 'eligibility') {
    return JSON.stringify({ query: `query PersonRecord($id: ID!) { person(id: $id) { id ${SELECTIONS.eligibility} } }`, variables: { id } });
  }
  return JSON.stringify({
    query: `query PersonRecord($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { ${SELECTIONS[subgraph]} } } }`,
    variables: { representations: [{ __typename: 'Person', id }] },
  });
}

export const gatewayBody = (id: string): string => JSON.stringify({ query: GATEWAY_QUERY, variables: { id } });

/** A response is whole when it has data and no errors. */
export const isWhole = (body: string): boolean => body.startsWith('{"data":') && !body.includes('"errors":');
