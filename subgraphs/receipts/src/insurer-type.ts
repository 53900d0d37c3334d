import { InsurerType } from '../../../data/src/world';

/**
 * The insurance kind an insurer number belongs to, read from its 法別番号 (first two digits);
 * 6-digit numbers are National Health Insurance (DOMAIN.md §2).
 */
const BY_LAW_NUMBER: Readonly<Record<string, InsurerType>> = {
  '01': 'KYOKAI_KENPO',
  '02': 'KYOKAI_KENPO',
  '06': 'KUMIAI_KENPO',
  '63': 'KUMIAI_KENPO',
  '31': 'KYOSAI',
  '32': 'KYOSAI',
  '33': 'KYOSAI',
  '34': 'KYOSAI',
  '39': 'LATE_ELDERLY',
};

export function insurerTypeOf(insurerNumber: string): InsurerType | null {
  if (insurerNumber.length === 6) return 'NATIONAL_HEALTH_INSURANCE';
  if (insurerNumber.length !== 8) return null;
  return BY_LAW_NUMBER[insurerNumber.slice(0, 2)] ?? null;
}
