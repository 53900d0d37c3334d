/** The form of a person id (eligibility's `people.id`, a UUID); nothing else can have grants. */
const PERSON_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isPersonId = (id: string): boolean => PERSON_ID.test(id);
