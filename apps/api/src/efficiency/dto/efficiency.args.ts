import { ArgsType } from '@nestjs/graphql';
import { CostPerFteField, HoursPerFteField } from '../../metrics/dto/metrics.args';
import { ViewPeriodArgs } from '../../metrics/dto/view.args';
import { DEFAULT_KPI_OPTIONS } from '../../metrics/kpis/kpi-types';

@ArgsType()
export class EfficiencyArgs extends ViewPeriodArgs {
  @HoursPerFteField()
  hoursPerFte: number = DEFAULT_KPI_OPTIONS.hoursPerFte;

  @CostPerFteField()
  costPerFte: number = DEFAULT_KPI_OPTIONS.costPerFte;
}
