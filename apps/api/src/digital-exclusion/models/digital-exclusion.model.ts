import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExclusionPeriodKind {
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(ExclusionPeriodKind, {
  name: 'ExclusionPeriodKind',
  description: 'A calendar quarter, or a whole calendar year',
});

@ObjectType({ description: 'A category of a table: an age band, a channel, a way of being helped' })
export class ExclusionCategory {
  @Field({ description: 'Code, e.g. "80+"; "" for the unknown age band or resolution' })
  code!: string;

  @Field()
  labelDa!: string;

  @Field()
  labelEn!: string;
}

@ObjectType({ description: 'A count, or the mark that it is hidden (small-count suppression)' })
export class CountCell {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed' })
  value!: number | null;

  @Field({ description: 'Hidden because it is small, or to stop a small number being worked out' })
  suppressed!: boolean;

  @Field({ description: 'The value as text, or the suppression mark ".."' })
  display!: string;
}

@ObjectType({ description: 'A count of contacts with its rate per 1,000 inhabitants' })
export class ContactCell extends CountCell {
  @Field(() => Float, {
    nullable: true,
    description:
      'Contacts in the period per 1,000 inhabitants of the age band (population of the year); null when suppressed or the population is not loaded',
  })
  per1000Inhabitants!: number | null;
}

@ObjectType({ description: 'A share in percent, hidden when any count it is computed from is' })
export class ShareCell {
  @Field(() => Float, { nullable: true, description: '0–100; null when suppressed or no bookings' })
  value!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType({ description: 'One age band (or all ages) of the contacts table' })
export class ContactsRow {
  @Field(() => String, { nullable: true, description: 'Null for all ages together' })
  ageBandCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Inhabitants of the age band in the year' })
  inhabitants!: number | null;

  @Field(() => [ContactCell], { description: 'One per channel, in the order of `channels`' })
  cells!: ContactCell[];

  @Field(() => ContactCell, { description: 'All channels (visits + bookings)' })
  total!: ContactCell;

  @Field(() => ShareCell, {
    description: 'Share of the bookings made by phone or with help (counter, floor walker)',
  })
  bookedByPhoneOrWithHelp!: ShareCell;
}

@ObjectType({ description: 'One age band (or all ages) of a table of counts' })
export class CountRow {
  @Field(() => String, { nullable: true, description: 'Null for all ages together' })
  ageBandCode!: string | null;

  @Field(() => [CountCell], { description: 'One per column, in the order the answer lists them' })
  cells!: CountCell[];

  @Field(() => CountCell)
  total!: CountCell;
}

@ObjectType({ description: 'Everything the view shows for one quarter or one whole year' })
export class ExclusionPeriod {
  @Field({ description: '"2024-Q1" for a quarter, "2024" for a year' })
  period!: string;

  @Field(() => ExclusionPeriodKind)
  kind!: ExclusionPeriodKind;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => [ContactsRow], {
    description:
      'Contacts by age band × channel (in-person visits and bookings by booking channel); the last row is all ages',
  })
  contacts!: ContactsRow[];

  @Field(() => [CountRow], {
    description:
      'Walk-ins (visits without booking) by age band × how they were helped; the last row is all ages',
  })
  walkIns!: CountRow[];

  @Field(() => [CountRow], {
    description:
      'Visits where staff helped the citizen through a self-service solution, by age band (one cell per row); the last row is all ages',
  })
  assistedSelfService!: CountRow[];

  @Field(() => CountCell, { description: 'Exemptions from Digital Post granted (no age band)' })
  digitalPostExemptions!: CountCell;
}

@ObjectType({ description: 'How small counts are hidden in this answer' })
export class SuppressionInfo {
  @Field()
  applied!: boolean;

  @Field(() => Int, { nullable: true, description: 'Counts below this are hidden; null if none' })
  threshold!: number | null;

  @Field({ description: 'The mark shown instead of a hidden number' })
  mark!: string;

  @Field()
  explanationDa!: string;

  @Field()
  explanationEn!: string;
}

@ObjectType({
  description:
    'Digital exclusion for the advisory councils: contacts by age band and channel, booking help, walk-ins, assisted self-service and Digital Post exemptions, with small counts hidden',
})
export class DigitalExclusion {
  @Field()
  municipalityCode!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => SuppressionInfo)
  suppression!: SuppressionInfo;

  @Field(() => [ExclusionCategory], { description: 'Rows of every table, "" = age unknown' })
  ageBands!: ExclusionCategory[];

  @Field(() => [ExclusionCategory], { description: 'Columns of the contacts table' })
  channels!: ExclusionCategory[];

  @Field(() => [ExclusionCategory], { description: 'Columns of the walk-ins table' })
  walkInResolutions!: ExclusionCategory[];

  @Field(() => [ExclusionPeriod], {
    description: 'Each quarter of the period, then each calendar year it covers whole',
  })
  periods!: ExclusionPeriod[];
}
