/**
 * What a front end shows with every disaster response (seed 000 §(3) 災害時の運用イメージ: 「災害時の
 * 特例的な運用であること」「閲覧のログが残ること」を入力画面でポップアップ等で明示): that this is a special
 * disaster operation, and that the access is logged.
 */
export const DISASTER_NOTICE =
  '災害時の特例的な運用です。閲覧のログが残ります。 This is a special operation for a disaster: every access is logged.';
