import { InstitutionKind } from '../../../../data/src/world';

/** Facilities counted out of a total, with the share (percent) exactly as the seed printed it. */
export interface PrintedShare {
  /** Null where the seed printed the share alone. */
  readonly facilities: number | null;
  readonly ofFacilities: number | null;
  readonly percent: number;
}

/** 健康保険証利用の申込: registrations against My Number cards issued, as printed. */
export interface PrintedRegistrations {
  readonly registrations: number;
  readonly cardsIssued: number;
  readonly percent: number;
}

/** マイナンバーカード申請・交付状況: approximate counts (約…万枚) and their shares of the population. */
export interface PrintedCards {
  readonly validApplications: number;
  readonly validApplicationsPercentOfPopulation: number;
  readonly issued: number;
  readonly issuedPercentOfPopulation: number;
}

/** A snapshot of the rollout as a seed published it. */
export interface PublishedSnapshot {
  readonly asOf: string;
  readonly source: string;
  readonly notes: readonly string[];
  /** 顔認証付きカードリーダー申込数 against all facilities. */
  readonly cardReaderApplications: PrintedShare;
  /** 内訳 by facility kind, where printed. */
  readonly byKind: Readonly<Partial<Record<InstitutionKind, PrintedShare>>>;
  /** ポータルサイトアカウント登録数. */
  readonly portalAccounts: PrintedShare | null;
  readonly insuranceUseRegistrations: PrintedRegistrations | null;
  readonly myNumberCards: PrintedCards | null;
  /** 公的医療機関等における申込率. */
  readonly publicInstitutions: ReadonlyArray<{ readonly name: string; readonly percent: number }>;
}

const APPLICATION_NOTES = ['※ 紙申請・グループ申請を含む', '※ 医科・歯科併設病院の歯科は歯科診療所に含む', '※ 8/7から申込受付を開始'];
const REGISTRATION_NOTE = '※ 健康保険証利用の申込は7/1から受付を開始。マイナンバーカードの交付枚数に対する利用申込数の割合';

/**
 * The rollout as the two seeds printed it, oldest first, every count and share exactly as
 * printed (a share where the page gives the count too is also worked out from the counts, so a
 * disagreement shows: see the notes).
 */
export const PUBLISHED_SNAPSHOTS: readonly PublishedSnapshot[] = [
  {
    asOf: '2020-10-18',
    source: 'Seed 001, 「加速化プラン」 (令和2年10月30日 厚生労働大臣発表): 顔認証付きカードリーダーの申込率は15.3％にとどまっている（10月18日時点）',
    notes: ['Only the share was printed.'],
    cardReaderApplications: { facilities: null, ofFacilities: null, percent: 15.3 },
    byKind: {},
    portalAccounts: null,
    insuranceUseRegistrations: null,
    myNumberCards: null,
    publicInstitutions: [],
  },
  {
    asOf: '2020-12-13',
    source: 'Seed 001, 医療機関・薬局におけるオンライン資格確認システムの導入準備状況（2020/12/13時点）',
    notes: [
      ...APPLICATION_NOTES,
      REGISTRATION_NOTE,
      'The cards issued are printed 「29,960,2460枚」; 29,960,246 is the figure the printed 6.4 % and the 約2,996万枚 issued agree with.',
    ],
    cardReaderApplications: { facilities: 44_466, ofFacilities: 228_280, percent: 19.5 },
    byKind: {
      HOSPITAL: { facilities: 2_184, ofFacilities: 8_281, percent: 26.4 },
      MEDICAL_CLINIC: { facilities: 11_467, ofFacilities: 89_151, percent: 12.9 },
      DENTAL_CLINIC: { facilities: 11_166, ofFacilities: 70_984, percent: 15.7 },
      PHARMACY: { facilities: 19_649, ofFacilities: 59_864, percent: 32.8 },
    },
    portalAccounts: { facilities: 71_963, ofFacilities: 228_280, percent: 31.5 },
    insuranceUseRegistrations: { registrations: 1_926_156, cardsIssued: 29_960_246, percent: 6.4 },
    myNumberCards: { validApplications: 33_090_000, validApplicationsPercentOfPopulation: 26.0, issued: 29_960_000, issuedPercentOfPopulation: 23.6 },
    publicInstitutions: [],
  },
  {
    asOf: '2021-01-03',
    source: 'Seed 000, 医療機関・薬局におけるオンライン資格確認システムの導入準備状況（2021/1/3時点）',
    notes: [
      ...APPLICATION_NOTES,
      REGISTRATION_NOTE,
      'The medical clinics are printed as 内科診療所 (医科診療所 in seed 001).',
      '歯科診療所 is printed as 16.2 %; 12,034 / 70,954 is 17.0 %. Both are kept as printed.',
      '※ その他の公的医療機関等における申込状況は厚生労働省HPに掲載',
    ],
    cardReaderApplications: { facilities: 48_866, ofFacilities: 228_321, percent: 21.4 },
    byKind: {
      HOSPITAL: { facilities: 2_438, ofFacilities: 8_282, percent: 29.4 },
      MEDICAL_CLINIC: { facilities: 12_947, ofFacilities: 89_162, percent: 14.5 },
      DENTAL_CLINIC: { facilities: 12_034, ofFacilities: 70_954, percent: 16.2 },
      PHARMACY: { facilities: 21_447, ofFacilities: 59_923, percent: 35.8 },
    },
    portalAccounts: { facilities: 75_967, ofFacilities: 228_321, percent: 33.3 },
    insuranceUseRegistrations: { registrations: 2_097_589, cardsIssued: 30_765_617, percent: 6.8 },
    myNumberCards: { validApplications: 33_630_000, validApplicationsPercentOfPopulation: 26.4, issued: 30_770_000, issuedPercentOfPopulation: 24.2 },
    publicInstitutions: [
      { name: '国立病院機構', percent: 97.1 },
      { name: '労働者健康安全機構', percent: 100.0 },
      { name: 'JCHO', percent: 98.2 },
    ],
  },
];
