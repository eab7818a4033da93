import { ArgsType, Field, Float, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsInt, IsNumber, IsPositive, Length } from 'class-validator';
import { IsIsoDay, MunicipalityArgs } from '../../common/dto/municipality.args';
import { KPI_IDS } from '../../metrics/kpis';

export enum TargetComparator {
  max = 'max',
  min = 'min',
}
registerEnumType(TargetComparator, {
  name: 'TargetComparator',
  description: 'max = the KPI should stay at or below the value; min = at or above',
});

/** A target version: saving one for the same KPI, comparator and first day replaces it. */
@ArgsType()
export class SaveTargetArgs extends MunicipalityArgs {
  @Field({ description: `KPI id from the catalogue: ${KPI_IDS.join(', ')}` })
  @IsIn(KPI_IDS, { message: `kpiId must be a KPI of the catalogue (${KPI_IDS.join(', ')})` })
  kpiId!: string;

  @Field(() => TargetComparator)
  @IsEnum(TargetComparator, { message: 'comparator must be max or min' })
  comparator!: TargetComparator;

  @Field(() => Float, { description: "In the KPI's unit (seconds, percent or a count)" })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  value!: number;

  @Field({ description: 'First day the target applies, YYYY-MM-DD' })
  @IsIsoDay('validFrom')
  validFrom!: string;

  @Field()
  @Length(1, 200, { message: 'labelDa must be 1 to 200 characters' })
  labelDa!: string;

  @Field()
  @Length(1, 200, { message: 'labelEn must be 1 to 200 characters' })
  labelEn!: string;
}

@ArgsType()
export class DeleteTargetArgs extends MunicipalityArgs {
  @Field(() => Int)
  @IsInt({ message: 'id must be an integer' })
  @IsPositive({ message: 'id must be a target id' })
  id!: number;
}
