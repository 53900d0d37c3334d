import { insurerNumberProblem, isoDateProblem } from '../../../common/src/identifiers';
import { assertValid } from '../../../common/src/validate';
import { todayInJapan } from '../../../common/src/japan-calendar';

const FULL_WIDTH_DIGIT = /[０-９]/;
const CERTIFICATE_SERIAL = /^[0-9A-Fa-f]{16}$/;

/** 記号 and 番号 on an insurance card: ASCII digits, at most `maxLength` of them. */
export const digitsProblem =
  (maxLength: number) =>
  (value: string): string | null => {
    if (FULL_WIDTH_DIGIT.test(value)) return 'must use the digits 0-9, not full-width digits (０-９)';
    if (!/^[0-9]+$/.test(value)) return 'must contain only the digits 0-9';
    if (value.length > maxLength) return `must be at most ${maxLength} digits, got ${value.length}`;
    return null;
  };

/** 枝番: exactly two digits. */
export function branchProblem(value: string): string | null {
  if (FULL_WIDTH_DIGIT.test(value)) return 'must use the digits 0-9, not full-width digits (０-９)';
  return /^[0-9]{2}$/.test(value) ? null : 'must be 2 digits (e.g. 01)';
}


/** 利用者証明用電子証明書のシリアル番号: 16 hexadecimal characters. */
export function certificateSerialProblem(value: string): string | null {
  return CERTIFICATE_SERIAL.test(value) ? null : 'must be 16 hexadecimal characters (0-9, A-F)';
}

/** A Date argument, or today in Japan when it is omitted. */
export function dateOrToday(argument: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return todayInJapan();
  assertValid(argument, value, isoDateProblem);
  return value;
}

export interface InsuranceNumbersInput {
  readonly insurerNumber: string;
  readonly symbol?: string | null;
  readonly number: string;
  readonly branch?: string | null;
  readonly birthDate?: string | null;
  readonly asOf?: string | null;
}

export interface InsuranceNumbersLookup {
  readonly insurerNumber: string;
  /** Empty when the card has no 記号. */
  readonly symbol: string;
  readonly number: string;
  readonly branch: string | null;
  readonly birthDate: string | null;
  readonly asOf: string;
}

const SYMBOL_MAX_DIGITS = 20;
const NUMBER_MAX_DIGITS = 20;

export function insuranceNumbersLookup(input: InsuranceNumbersInput): InsuranceNumbersLookup {
  assertValid('input.insurerNumber', input.insurerNumber, insurerNumberProblem);
  const symbol = input.symbol ?? '';
  if (symbol !== '') assertValid('input.symbol', symbol, digitsProblem(SYMBOL_MAX_DIGITS));
  assertValid('input.number', input.number, digitsProblem(NUMBER_MAX_DIGITS));
  const branch = input.branch ?? null;
  if (branch !== null) assertValid('input.branch', branch, branchProblem);
  const birthDate = input.birthDate ?? null;
  if (birthDate !== null) assertValid('input.birthDate', birthDate, isoDateProblem);
  return { insurerNumber: input.insurerNumber, symbol, number: input.number, branch, birthDate, asOf: dateOrToday('input.asOf', input.asOf) };
}

export interface CertificateInput {
  readonly certificateSerial: string;
  readonly kind: 'CARD' | 'SMARTPHONE';
  readonly asOf?: string | null;
}

export interface CertificateLookup {
  /** Upper case, as serials are stored. */
  readonly serial: string;
  readonly kind: 'CARD' | 'SMARTPHONE';
  readonly asOf: string;
}

export function certificateLookup(input: CertificateInput): CertificateLookup {
  assertValid('input.certificateSerial', input.certificateSerial, certificateSerialProblem);
  return { serial: input.certificateSerial.toUpperCase(), kind: input.kind, asOf: dateOrToday('input.asOf', input.asOf) };
}
