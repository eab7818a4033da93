import { Injectable } from '@nestjs/common';
import type { MunicipalityArgs } from '../common/dto/municipality.args';
import type { Target } from './models/target.model';
import { type TargetRow, TargetsRepository } from './targets.repository';

@Injectable()
export class TargetsService {
  constructor(private readonly repository: TargetsRepository) {}

  async targets(args: MunicipalityArgs): Promise<Target[]> {
    return (await this.repository.forMunicipality(args.municipalityCode)).map(toTarget);
  }

  /** For the features that return the targets of their KPIs with the series. */
  async forKpis(
    municipalityCodes: readonly string[],
    kpiIds: readonly string[],
  ): Promise<Target[]> {
    return (await this.repository.forKpis(municipalityCodes, kpiIds)).map(toTarget);
  }
}

function toTarget(row: TargetRow): Target {
  return {
    municipalityCode: row.municipality_code,
    kpiId: row.kpi_id,
    comparator: row.comparator,
    value: row.value,
    unit: row.unit,
    validFrom: row.valid_from,
    labelDa: row.label_da,
    labelEn: row.label_en,
  };
}

/**
 * The target in force on a day (the latest version from that day or before) for each comparator;
 * targets are ordered by valid_from as the repository returns them.
 */
export function targetsInForce(
  targets: readonly Target[],
  municipalityCode: string,
  kpiId: string,
  day: string,
): Target[] {
  const inForce = new Map<string, Target>();
  for (const target of targets)
    if (
      target.municipalityCode === municipalityCode &&
      target.kpiId === kpiId &&
      target.validFrom <= day
    )
      inForce.set(target.comparator, target);
  return [...inForce.values()];
}
