import { Injectable } from '@nestjs/common';
import type { MunicipalityArgs } from '../common/dto/municipality.args';
import type { Target } from './models/target.model';
import { TargetsRepository } from './targets.repository';

@Injectable()
export class TargetsService {
  constructor(private readonly repository: TargetsRepository) {}

  async targets(args: MunicipalityArgs): Promise<Target[]> {
    const rows = await this.repository.forMunicipality(args.municipalityCode);
    return rows.map((row) => ({
      kpiId: row.kpi_id,
      comparator: row.comparator,
      value: row.value,
      unit: row.unit,
      validFrom: row.valid_from,
      labelDa: row.label_da,
      labelEn: row.label_en,
    }));
  }
}
