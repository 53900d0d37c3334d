/** 年度: the fiscal year runs April to March and is named by the year it starts. */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

export const fiscalYearStart = (fiscalYear: number): string => `${fiscalYear}-04-01`;
