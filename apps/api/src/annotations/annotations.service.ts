import { BadRequestException, Injectable } from '@nestjs/common';
import { AnnotationsRepository } from './annotations.repository';
import type { MunicipalityPeriodArgs } from '../common/dto/municipality.args';
import type { Annotation } from './models/annotation.model';

@Injectable()
export class AnnotationsService {
  constructor(private readonly repository: AnnotationsRepository) {}

  async annotations(args: MunicipalityPeriodArgs): Promise<Annotation[]> {
    // ISO dates written YYYY-MM-DD order as strings do.
    if (args.from > args.to)
      throw new BadRequestException(`from (${args.from}) is after to (${args.to})`);
    return this.overlapping([args.municipalityCode], args.from, args.to);
  }

  /** For the features that return events with their series. */
  async overlapping(
    municipalityCodes: readonly string[],
    from: string,
    to: string,
  ): Promise<Annotation[]> {
    const rows = await this.repository.overlapping(municipalityCodes, from, to);
    return rows.map((row) => ({
      municipalityCode: row.municipality_code,
      dateFrom: row.date_from,
      dateTo: row.date_to,
      kind: row.kind,
      labelDa: row.label_da,
      labelEn: row.label_en,
    }));
  }
}
