import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A level a KPI is held to, from a day on until a later target replaces it',
})
export class Target {
  @Field(() => Int, { description: 'Id of this version, for editing' })
  id!: number;

  @Field({ description: 'Official municipality code the target belongs to' })
  municipalityCode!: string;

  @Field({ description: 'KPI id from the catalogue, e.g. mean_wait' })
  kpiId!: string;

  @Field({ description: 'max = the KPI should stay at or below value; min = at or above' })
  comparator!: string;

  @Field(() => Float, { description: "In the KPI's unit" })
  value!: number;

  @Field({ description: 'The KPI unit, e.g. COUNT, PERCENT or SECONDS' })
  unit!: string;

  @Field({ description: 'First day the target applies, YYYY-MM-DD' })
  validFrom!: string;

  @Field()
  labelDa!: string;

  @Field()
  labelEn!: string;
}
