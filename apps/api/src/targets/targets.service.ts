import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { MunicipalityArgs } from '../common/dto/municipality.args';
import { findKpi } from '../metrics/kpis';
import { KpiUnit } from '../metrics/kpis/kpi-types';
import type { DeleteTargetArgs, SaveTargetArgs } from './dto/target.args';
import type { Target } from './models/target.model';
import { type TargetRow, TargetsRepository } from './targets.repository';

@Injectable()
export class TargetsService {
  constructor(private readonly repository: TargetsRepository) {}

  async targets(args: MunicipalityArgs): Promise<Target[]> {
    const rows = await this.repository.forMunicipality(args.municipalityCode);
    return rows.map(toTarget);
  }

  /** The unit comes from the catalogue, so a target can never disagree with its KPI. */
  async save(args: SaveTargetArgs): Promise<Target> {
    const kpi = findKpi(args.kpiId);
    if (!kpi) throw new BadRequestException(`unknown KPI ${args.kpiId}`);
    if (args.value < 0) throw new BadRequestException(`value must not be negative`);
    if (kpi.unit === KpiUnit.PERCENT && args.value > 100)
      throw new BadRequestException(`value of ${kpi.id} is a percentage, at most 100`);
    return toTarget(await this.repository.save({ ...args, unit: kpi.unit }));
  }

  async delete(args: DeleteTargetArgs): Promise<boolean> {
    if (!(await this.repository.delete(args.municipalityCode, args.id)))
      throw new NotFoundException(`municipality ${args.municipalityCode} has no target ${args.id}`);
    return true;
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
    id: row.target_id,
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
