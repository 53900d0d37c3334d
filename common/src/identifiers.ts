/**
 * Validation of the real identifier formats used by the insurance systems (DOMAIN.md §2).
 * Each validator returns null when the value is valid, or a sentence saying what is wrong.
 */

const DIGITS = /^[0-9]+$/;

/**
 * Modulus-10, weights 2-1 from the right: each product's digits are summed (Luhn),
 * and the check digit is (10 - sum % 10) % 10. Used by insurer, institution and
 * public-expense payer numbers.
 */
export function mod10w21CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    const product = digit * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return (10 - (sum % 10)) % 10;
}

export function withCheckDigit(body: string): string {
  return body + String(mod10w21CheckDigit(body));
}

function checkDigitProblem(value: string, bodyLength: number): string | null {
  const expected = mod10w21CheckDigit(value.slice(0, bodyLength));
  const actual = Number(value[bodyLength]);
  return expected === actual ? null : `check digit is ${actual}, expected ${expected}`;
}

/** 保険者番号: 8 digits (法別番号 2 + 都道府県 2 + 保険者別 3 + check digit), or 6 digits for 国保 (5 + check digit). */
export function insurerNumberProblem(value: string): string | null {
  if (!DIGITS.test(value)) return 'must contain only the digits 0-9';
  if (value.length !== 8 && value.length !== 6) return `must be 8 digits (6 for National Health Insurance), got ${value.length}`;
  const prefecture = Number(value.length === 8 ? value.slice(2, 4) : value.slice(0, 2));
  if (prefecture < 1 || prefecture > 47) return `prefecture number ${String(prefecture).padStart(2, '0')} is not 01-47`;
  return checkDigitProblem(value, value.length - 1);
}

/** 医療機関コード: prefecture (2) + score table (1: 1 medical, 3 dental, 4 pharmacy) + 7 digits, the last a check digit over the first nine. */
export function institutionCodeProblem(value: string): string | null {
  if (!DIGITS.test(value)) return 'must contain only the digits 0-9';
  if (value.length !== 10) return `must be 10 digits, got ${value.length}`;
  const prefecture = Number(value.slice(0, 2));
  if (prefecture < 1 || prefecture > 47) return `prefecture number ${value.slice(0, 2)} is not 01-47`;
  if (!['1', '3', '4'].includes(value[2]!)) return `score-table digit ${value[2]} is not 1 (medical), 3 (dental) or 4 (pharmacy)`;
  return checkDigitProblem(value, 9);
}

/** 公費負担者番号: 8 digits with the same check digit rule. */
export function publicExpensePayerNumberProblem(value: string): string | null {
  if (!DIGITS.test(value)) return 'must contain only the digits 0-9';
  if (value.length !== 8) return `must be 8 digits, got ${value.length}`;
  return checkDigitProblem(value, 7);
}

/** 受給者番号: 7 digits. */
export function recipientNumberProblem(value: string): string | null {
  if (!DIGITS.test(value) || value.length !== 7) return 'must be 7 digits';
  return null;
}

/** Receipt electronic-file (レセ電) codes: diagnosis 7 digits; procedure, drug and material 9 digits. */
export function receiptCodeProblem(value: string, length: 7 | 9): string | null {
  if (!DIGITS.test(value) || value.length !== length) return `must be ${length} digits`;
  return null;
}

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export function isoDateProblem(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'must be a date as YYYY-MM-DD';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return 'is not a calendar date';
  return null;
}

/** A treatment month (診療年月) as YYYY-MM. */
export function yearMonthProblem(value: string): string | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'must be a month as YYYY-MM';
  return null;
}

/** A person's opaque id (eligibility's `people.id`): a UUID, never a My Number. */
const PERSON_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function personIdProblem(value: string): string | null {
  return PERSON_ID.test(value) ? null : 'must be a person id (a UUID)';
}

export function isPersonId(value: string): boolean {
  return PERSON_ID.test(value);
}
