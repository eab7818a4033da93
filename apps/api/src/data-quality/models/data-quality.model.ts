import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Loads of one source kind for one municipality; a kind never loaded has nulls and zeros',
})
export class SourceLoadStatus {
  @Field({ description: 'Source kind, e.g. "calls" or "visits-aggregate"' })
  kind!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the newest file of this kind was committed',
  })
  lastLoadedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day covered by the current files, YYYY-MM-DD',
  })
  newestPeriodEnd!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days from newestPeriodEnd to asOf; 0 = data up to and including asOf',
  })
  freshnessDays!: number | null;

  @Field(() => Int, { description: 'Files loaded and not replaced by a corrected re-export' })
  currentFiles!: number;

  @Field(() => Int, { description: 'Rows of the current files that became facts' })
  rowsLoaded!: number;

  @Field(() => Int, { description: 'Rows of the current files set aside in quarantine' })
  rowsQuarantined!: number;

  @Field(() => Int, {
    description: 'Rows of the current files skipped because the warehouse already had them',
  })
  rowsDuplicate!: number;

  @Field(() => Int, {
    description:
      'Rows of the current files the mapping skips on purpose (codes it lists as not to load); rows in = loaded + quarantined + duplicates + skipped',
  })
  rowsSkipped!: number;

  @Field(() => Int, {
    description:
      'Files of this kind refused as a whole for this municipality (no row of theirs was loaded)',
  })
  rejectedFiles!: number;
}

@ObjectType({
  description:
    'One quarantined row and column of a current file (the raw value is left out: it can hold personal data)',
})
export class QuarantineProblem {
  @Field()
  kind!: string;

  @Field()
  fileName!: string;

  @Field(() => Int, { nullable: true, description: 'Row in the file' })
  sourceRow!: number | null;

  @Field(() => String, { nullable: true, description: 'Source column, when one is to blame' })
  columnName!: string | null;

  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime)
  quarantinedAt!: Date;
}

@ObjectType({
  description: 'Quarantined rows of one source kind counted by reason (current and refused files)',
})
export class QuarantineReason {
  @Field()
  kind!: string;

  @Field()
  reason!: string;

  @Field(() => Int, { description: 'Rows quarantined for this reason' })
  rows!: number;

  @Field(() => Int, { description: 'Problems (a row can have one per column)' })
  problems!: number;
}

@ObjectType({ description: 'A source label with no canonical mapping, loaded as "Ikke kortlagt"' })
export class UnmappedLabel {
  @Field()
  kind!: string;

  @Field({ description: 'What the label names, e.g. "service"' })
  labelKind!: string;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'Rows loaded with this label so far' })
  rows!: number;

  @Field(() => GraphQLISODateTime)
  lastSeenAt!: Date;
}

@ObjectType({ description: 'How complete and fresh the warehouse is for one municipality' })
export class DataQuality {
  @Field({ description: 'Day freshness is measured against, YYYY-MM-DD' })
  asOf!: string;

  @Field(() => [SourceLoadStatus], { description: 'Every source kind, loaded or not' })
  sources!: SourceLoadStatus[];

  @Field(() => [QuarantineProblem], { description: 'The newest quarantine problems, at most 50' })
  problems!: QuarantineProblem[];

  @Field(() => [QuarantineReason], {
    description: 'The whole quarantine per reason, most rows first',
  })
  quarantineReasons!: QuarantineReason[];

  @Field(() => [UnmappedLabel], { description: 'Most frequent first' })
  unmappedLabels!: UnmappedLabel[];
}
