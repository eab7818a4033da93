/**
 * Simulates every source kind for one municipality into `<outDir>/<kind>/` (the drop-folder
 * layout, so `watch --inbox <outDir> --once` loads it all) and writes `ground-truth.json`: the
 * interventions and the effects planted in the data, for the evaluation to be tested against.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OLDER_CITIZENS_PHONE_SHIFT, writeBookingExports } from './booking-export';
import { writeBookingSlotExports } from './booking-slot-export';
import { writeFrontdeskExports } from './frontdesk-export';
import { DDH_QUALITY, writeHotlineExports } from './hotline-export';
import { OLDEST_SHARE_GROWTH_PER_YEAR, writePopulationExports } from './population-export';
import {
  CHATBOT,
  DIGITAL_TAKE_UP,
  PICKUP_BOX,
  writeSelfserviceExports,
} from './selfservice-export';
import { MANDATORY_BOOKING_STAFFING_EFFECT, writeStaffingExports } from './staffing-export';
import {
  BOOKING_CALLS,
  CALL_TARGETS,
  HOTLINE,
  MITID_SURGE,
  writeTelephonyExports,
} from './telephony-export';
import {
  COVID_CLOSED,
  MANDATORY_BOOKING_FROM,
  MANDATORY_BOOKING_VISIT_EFFECT,
  PICKUP_BOX_FROM,
} from './visit-demand';

export interface MunicipalitySimulation {
  municipalityCode: string;
  population: number;
  from: string;
  to: string;
  seed: number;
}

const WRITERS = {
  visits: writeFrontdeskExports,
  calls: writeTelephonyExports,
  'calls-aggregate': writeHotlineExports,
  bookings: writeBookingExports,
  'booking-slots': writeBookingSlotExports,
  selfservice: writeSelfserviceExports,
  staffing: writeStaffingExports,
  population: writePopulationExports,
} as const;

export async function simulateMunicipality(
  options: MunicipalitySimulation,
  outDir: string,
): Promise<{ kind: string; path: string; rows: number }[]> {
  const written: { kind: string; path: string; rows: number }[] = [];
  for (const [kind, write] of Object.entries(WRITERS)) {
    for (const file of await write(options, join(outDir, kind))) written.push({ kind, ...file });
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(
    join(outDir, 'ground-truth.json'),
    `${JSON.stringify(groundTruth(options), null, 2)}\n`,
  );
  return written;
}

export function groundTruth(options: MunicipalitySimulation) {
  return {
    simulation: options,
    interventions: [
      { name: 'Obligatorisk tidsbestilling', from: MANDATORY_BOOKING_FROM },
      { name: 'Den Digitale Hotline', from: HOTLINE.joinedOn },
      { name: 'Afhentningsboks', from: PICKUP_BOX_FROM },
      { name: 'COVID-19-lukning', from: COVID_CLOSED.from, to: COVID_CLOSED.to },
      { name: 'MitID-pres', from: MITID_SURGE.from, to: MITID_SURGE.to },
    ],
    plantedEffects: {
      visits: MANDATORY_BOOKING_VISIT_EFFECT,
      staffing: MANDATORY_BOOKING_STAFFING_EFFECT,
      bookings: { olderCitizensPhoneShift: OLDER_CITIZENS_PHONE_SHIFT },
      calls: {
        bookingCalls: BOOKING_CALLS,
        mitidSurge: MITID_SURGE,
        hotline: HOTLINE,
        targets: CALL_TARGETS,
      },
      hotline: DDH_QUALITY,
      selfservice: { digitalTakeUp: DIGITAL_TAKE_UP, chatbot: CHATBOT, pickupBox: PICKUP_BOX },
      population: { oldestShareGrowthPerYear: OLDEST_SHARE_GROWTH_PER_YEAR },
    },
  };
}
