/**
 * A worker thread of the API benchmark's build: simulates every source kind of the municipalities
 * it is given, one after another, and reports each as soon as its files are written, so that the
 * main thread loads one municipality while this one simulates the next (two cores, two jobs).
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { simulateMunicipality } from '@kanalindsigt/simulator/simulate-municipality';
import type { MunicipalityToSimulate, SimulatedMunicipality } from './national-warehouse';

interface SimulateWorkerData {
  outDir: string;
  year: number;
  municipalities: MunicipalityToSimulate[];
}

async function run({ outDir, year, municipalities }: SimulateWorkerData): Promise<void> {
  for (const municipality of municipalities) {
    const started = performance.now();
    const written = await simulateMunicipality(
      {
        municipalityCode: municipality.code,
        population: municipality.population,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        seed: municipality.seed,
      },
      join(outDir, municipality.code),
    );
    const message: SimulatedMunicipality = {
      code: municipality.code,
      dir: join(outDir, municipality.code),
      files: written,
      seconds: (performance.now() - started) / 1000,
    };
    parentPort?.postMessage(message);
  }
}

// A rejection ends the worker, which the main thread sees as its 'error' event.
void run(workerData as SimulateWorkerData);
