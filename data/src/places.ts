/**
 * Prefectures (JIS X 0401 codes) and the municipalities the generator places people and
 * institutions in, with their local-government codes (団体コード, 5 digits without the
 * check digit). Tokyo's wards and the Noto peninsula are listed in full because the
 * disaster examples (DOMAIN.md §4.4) refer to them; elsewhere the prefectural capital.
 */
export interface Prefecture {
  readonly code: string;
  readonly name: string;
}

export interface Municipality {
  readonly code: string;
  readonly prefectureCode: string;
  readonly name: string;
  readonly towns: readonly string[];
}

const PREFECTURE_NAMES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県',
  '埼玉県', '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県',
  '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県',
  '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県',
  '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const;

export const PREFECTURES: readonly Prefecture[] = PREFECTURE_NAMES.map((name, i) => ({
  code: String(i + 1).padStart(2, '0'),
  name,
}));

const CAPITALS: Record<string, readonly [string, string]> = {
  '01': ['01100', '札幌市'], '02': ['02201', '青森市'], '03': ['03201', '盛岡市'], '04': ['04100', '仙台市'],
  '05': ['05201', '秋田市'], '06': ['06201', '山形市'], '07': ['07201', '福島市'], '08': ['08201', '水戸市'],
  '09': ['09201', '宇都宮市'], '10': ['10201', '前橋市'], '11': ['11100', 'さいたま市'], '12': ['12100', '千葉市'],
  '14': ['14100', '横浜市'], '15': ['15100', '新潟市'], '16': ['16201', '富山市'], '18': ['18201', '福井市'],
  '19': ['19201', '甲府市'], '20': ['20201', '長野市'], '21': ['21201', '岐阜市'], '22': ['22100', '静岡市'],
  '23': ['23100', '名古屋市'], '24': ['24201', '津市'], '25': ['25201', '大津市'], '26': ['26100', '京都市'],
  '27': ['27100', '大阪市'], '28': ['28100', '神戸市'], '29': ['29201', '奈良市'], '30': ['30201', '和歌山市'],
  '31': ['31201', '鳥取市'], '32': ['32201', '松江市'], '33': ['33100', '岡山市'], '34': ['34100', '広島市'],
  '35': ['35203', '山口市'], '36': ['36201', '徳島市'], '37': ['37201', '高松市'], '38': ['38201', '松山市'],
  '39': ['39201', '高知市'], '40': ['40100', '福岡市'], '41': ['41201', '佐賀市'], '42': ['42201', '長崎市'],
  '43': ['43100', '熊本市'], '44': ['44201', '大分市'], '45': ['45201', '宮崎市'], '46': ['46201', '鹿児島市'],
  '47': ['47201', '那覇市'],
};

const GENERIC_TOWNS = ['本町', '栄町', '緑町', '旭町', '幸町', '中央', '東町', '西町', '南町', '北町', '桜木町', '若葉'] as const;

const TOKYO_WARDS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['13101', '千代田区', ['神田', '麹町', '一番町']], ['13102', '中央区', ['日本橋', '銀座', '月島']],
  ['13103', '港区', ['芝', '赤坂', '白金']], ['13104', '新宿区', ['西新宿', '高田馬場', '四谷']],
  ['13109', '品川区', ['大崎', '五反田', '戸越']], ['13112', '世田谷区', ['三軒茶屋', '成城', '用賀']],
  ['13113', '渋谷区', ['代々木', '恵比寿', '幡ヶ谷']], ['13114', '中野区', ['鷺宮', '中野', '東中野', '野方', '白鷺']],
  ['13115', '杉並区', ['阿佐谷', '荻窪', '高円寺']], ['13116', '豊島区', ['池袋', '巣鴨', '目白']],
  ['13119', '板橋区', ['大山', '成増', '高島平']], ['13120', '練馬区', ['石神井', '大泉', '光が丘']],
];

const ISHIKAWA: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['17201', '金沢市', ['香林坊', '広坂', '長町']], ['17202', '七尾市', ['府中町', '和倉町', '中島町']],
  ['17204', '輪島市', ['河井町', '門前町', '町野町']], ['17205', '珠洲市', ['飯田町', '宝立町', '正院町']],
  ['17207', '羽咋市', ['旭町', '川原町']], ['17384', '志賀町', ['富来', '高浜']],
  ['17461', '穴水町', ['大町', '川島']], ['17463', '能登町', ['宇出津', '松波']],
];

function build(): Municipality[] {
  const list: Municipality[] = [];
  for (const p of PREFECTURES) {
    if (p.code === '13') {
      for (const [code, name, towns] of TOKYO_WARDS) list.push({ code, prefectureCode: '13', name, towns });
    } else if (p.code === '17') {
      for (const [code, name, towns] of ISHIKAWA) list.push({ code, prefectureCode: '17', name, towns });
    } else {
      const [code, name] = CAPITALS[p.code]!;
      list.push({ code, prefectureCode: p.code, name, towns: GENERIC_TOWNS });
    }
  }
  return list;
}

export const MUNICIPALITIES: readonly Municipality[] = build();

export const prefectureName = (code: string): string =>
  PREFECTURES.find((p) => p.code === code)?.name ?? '';

export const municipalitiesOf = (prefectureCode: string): Municipality[] =>
  MUNICIPALITIES.filter((m) => m.prefectureCode === prefectureCode);

/**
 * Share of the population by prefecture, roughly as the census has it (per mille);
 * used so that Tokyo, Kanagawa and Osaka hold most of the generated people.
 */
export const POPULATION_WEIGHT: Record<string, number> = {
  '01': 41, '02': 10, '03': 10, '04': 18, '05': 8, '06': 8, '07': 15, '08': 23, '09': 15, '10': 15,
  '11': 59, '12': 50, '13': 111, '14': 74, '15': 17, '16': 8, '17': 9, '18': 6, '19': 7, '20': 16,
  '21': 16, '22': 29, '23': 60, '24': 14, '25': 11, '26': 20, '27': 70, '28': 43, '29': 11, '30': 7,
  '31': 4, '32': 5, '33': 15, '34': 22, '35': 11, '36': 6, '37': 8, '38': 11, '39': 5, '40': 41,
  '41': 6, '42': 10, '43': 14, '44': 9, '45': 8, '46': 13, '47': 12,
};
