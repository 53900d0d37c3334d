const JAPAN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Japan (YYYY-MM-DD): the calendar the insurance dates are kept in. */
export function todayInJapan(now: Date = new Date()): string {
  return JAPAN_DATE.format(now);
}
