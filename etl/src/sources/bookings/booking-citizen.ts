import {
  ageBandCode,
  ageOn,
  createCprPseudonymizer,
  deriveFromCpr,
  type AgeBandCode,
} from '@kanalindsigt/warehouse/reference/cpr';
import type { FieldProblem } from '../source-kind';

/** What the warehouse keeps of the citizen behind a booking; all null for a booking without CPR. */
export interface BookingCitizen {
  pseudonym: string | null;
  ageBandCode: AgeBandCode | null;
  sex: 'F' | 'M' | null;
}

/** No one is this old; a CPR number that says so has a mistyped century digit. */
const MAX_AGE = 120;

const ANONYMOUS: BookingCitizen = { pseudonym: null, ageBandCode: null, sex: null };

/**
 * Turns a booking's CPR cell into a keyed pseudonym, the age band on the slot date and the sex.
 * The CPR number goes no further than this function: problems name no digits.
 */
export function createBookingCitizenDeriver(
  secret: Buffer,
): (cpr: string | null, slotDate: string) => BookingCitizen | FieldProblem {
  const pseudonymize = createCprPseudonymizer(secret);
  return (cpr, slotDate) => {
    if (cpr === null) return ANONYMOUS;
    // The pipeline withholds a CPR field's cell from the quarantine, so the reason names no digits.
    const problem = (reason: string): FieldProblem => ({ field: 'citizenCpr', reason });
    const derived = deriveFromCpr(cpr);
    if (!derived.ok) return problem(derived.reason);
    if (derived.birthDate > slotDate) return problem('gives a birth date after the slot');
    const age = ageOn(derived.birthDate, slotDate);
    if (age > MAX_AGE) return problem(`gives an age over ${MAX_AGE} at the slot`);
    return { pseudonym: pseudonymize(cpr), ageBandCode: ageBandCode(age), sex: derived.sex };
  };
}
