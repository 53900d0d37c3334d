/** The demo data set `npm start` loads into an empty database; the development personas are drawn from it. */
export const DEMO_SEED = 42;
export const DEMO_PEOPLE = 2000;
