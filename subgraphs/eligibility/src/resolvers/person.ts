import { prefectureName } from '../../../../data/src/places';
import { isoDateProblem } from '../../../../common/src/identifiers';
import { badUserInput } from '../../../../common/src/errors';
import { Page, connectionOf, pageOf } from '../../../common/src/pagination';
import { certificateActiveOn } from '../certificate-validity';
import { CardCertificateResolvers, PersonResolvers } from '../generated/resolvers';
import { dateOrToday } from '../input-validation';
import { certificatesByPerson, currentQualificationByPerson, personById, qualificationCountByPerson, qualificationPageByPerson } from '../person-loaders';
import { todayInJapan } from '../../../../common/src/japan-calendar';

/** Qualifications are paged newest first by (acquiredOn, id). */
function qualificationPage(first: number | null | undefined, after: string | null | undefined): Page {
  const page = pageOf({ first, after }, 2);
  if (page.after && (isoDateProblem(page.after[0]!) !== null || !/^[0-9]{1,18}$/.test(page.after[1]!))) {
    throw badUserInput('after', 'not a cursor returned by this connection');
  }
  return page;
}

export const Person: PersonResolvers = {
  __resolveReference: (reference, context) => personById(context).load(reference.id),
  name: (person) => ({ kanji: person.nameKanji, kana: person.nameKana }),
  address: (person) => ({
    postalCode: person.postalCode,
    prefectureCode: person.prefectureCode,
    prefecture: prefectureName(person.prefectureCode),
    municipalityCode: person.municipalityCode,
    municipality: person.municipality,
    line: person.addressLine,
  }),
  qualifications: async (person, { first, after }, context) => {
    const page = qualificationPage(first, after);
    const rows = await qualificationPageByPerson(context, page).load(person.id);
    return connectionOf(rows, page, (q) => [q.acquiredOn, q.id], () => qualificationCountByPerson(context).load(person.id));
  },
  currentQualification: (person, { asOf }, context) => currentQualificationByPerson(context, dateOrToday('asOf', asOf)).load(person.id),
  cardCertificates: (person, _, context) => certificatesByPerson(context).load(person.id),
};

export const CardCertificate: CardCertificateResolvers = {
  active: (certificate) => certificateActiveOn(certificate, todayInJapan()),
};
