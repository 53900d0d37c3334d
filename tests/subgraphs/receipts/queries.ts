/** Every field of a claim, every nested list included. */
export const CLAIM_FIELDS = `
  fragment ClaimFields on Claim {
    id treatmentMonth claimType prefectureCode institutionCode institution { code } institutionName institutionAddress
    insurer { type number benefitRatio } insured { symbol number branch relationship }
    publicExpenses { lawNumber payerNumber recipientNumber points }
    patientName patientSex patientBirthDate
    diagnoses { code name startDate outcome toldToPatient primary }
    treatmentStartDate outcome actualDays
    procedures { section code name count points careCategory }
    drugs { code name quantity unit points }
    materials { code name quantity points }
    totalPoints meals { count amountYen } remarks { kind text itemCode } person { id }
  }`;

/** A person's claims and visits through `_entities`, as the gateway asks for them. */
export const PERSON_CLAIMS = `
  query PersonClaims($representations: [_Any!]!, $first: Int, $after: String, $fromMonth: String, $toMonth: String, $publicExpensePayerNumber: String) {
    _entities(representations: $representations) {
      ... on Person {
        id
        claims(first: $first, after: $after, fromMonth: $fromMonth, toMonth: $toMonth, publicExpensePayerNumber: $publicExpensePayerNumber) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id } }
          nodes { ...ClaimFields }
        }
        visits(first: $first) { totalCount nodes { institutionCode institutionName institution { code } month lastVisitDate } }
      }
    }
  }
  ${CLAIM_FIELDS}`;

export const personRepresentations = (...ids: string[]) => ids.map((id) => ({ __typename: 'Person', id }));

export interface ClaimJson {
  readonly id: string;
  readonly treatmentMonth: string;
  readonly totalPoints: number;
  readonly [field: string]: unknown;
}

export interface PersonClaimsJson {
  readonly id: string;
  readonly claims: {
    readonly totalCount: number;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
    readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: { readonly id: string } }>;
    readonly nodes: readonly ClaimJson[];
  };
  readonly visits: {
    readonly totalCount: number;
    readonly nodes: ReadonlyArray<{ institutionCode: string; institutionName: string; institution: { code: string }; month: string; lastVisitDate: string }>;
  };
}
