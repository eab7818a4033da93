import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { MunicipalityPeriodArgs } from '../common/dto/municipality.args';
import { type AnnotationRow, AnnotationsRepository } from './annotations.repository';
import type { AnnotationCodeArgs, SaveAnnotationArgs } from './dto/annotation.args';
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

  async save(args: SaveAnnotationArgs): Promise<Annotation> {
    const dateTo = args.dateTo ?? null;
    if (dateTo !== null && dateTo < args.dateFrom)
      throw new BadRequestException(`dateTo (${dateTo}) is before dateFrom (${args.dateFrom})`);
    return toAnnotation(await this.repository.save({ ...args, dateTo }));
  }

  async delete(args: AnnotationCodeArgs): Promise<boolean> {
    if (!(await this.repository.delete(args.municipalityCode, args.code)))
      throw new NotFoundException(
        `municipality ${args.municipalityCode} has no event with code ${args.code}`,
      );
    return true;
  }

  /** For the features that return events with their series. */
  async overlapping(
    municipalityCodes: readonly string[],
    from: string,
    to: string,
  ): Promise<Annotation[]> {
    const rows = await this.repository.overlapping(municipalityCodes, from, to);
    return rows.map(toAnnotation);
  }
}

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    code: row.annotation_code,
    municipalityCode: row.municipality_code,
    dateFrom: row.date_from,
    dateTo: row.date_to,
    kind: row.kind,
    labelDa: row.label_da,
    labelEn: row.label_en,
  };
}
