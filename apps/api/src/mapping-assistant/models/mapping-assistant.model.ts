import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A canonical field of a source kind, for the mapping form' })
export class KindField {
  @Field() name!: string;
  @Field({ description: 'text, integer, decimal, date, timestamp, duration or code' })
  type!: string;
  @Field() required!: boolean;
  @Field(() => [String], { description: 'The codes of a code field' }) codes!: string[];
}

@ObjectType()
export class UnknownValues {
  @Field() field!: string;
  @Field(() => [String]) values!: string[];
}

@ObjectType({ description: 'What the assistant read from a file and the mapping it proposes' })
export class MappingProposal {
  @Field(() => [String]) header!: string[];
  @Field(() => [[String]], { description: 'The first rows after the header, as text' })
  sampleRows!: string[][];
  @Field(() => Int) headerRow!: number;
  @Field({
    description: 'The proposed mapping file as JSON; fields the form does not know are kept',
  })
  mappingJson!: string;
  @Field(() => [KindField]) fields!: KindField[];
  @Field(() => [String]) missingRequired!: string[];
  @Field(() => [UnknownValues]) unknownValues!: UnknownValues[];
}

@ObjectType()
export class ReasonCount {
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field() reason!: string;
  @Field(() => Int) rows!: number;
}

@ObjectType()
export class LabelCount {
  @Field() label!: string;
  @Field(() => Int) rows!: number;
}

@ObjectType()
export class PreviewRow {
  @Field(() => Int) row!: number;
  @Field(() => [String], { nullable: 'items' }) values!: (string | null)[];
}

@ObjectType({ description: 'A file read through the load path with nothing written' })
export class DryRun {
  @Field(() => String, { nullable: true, description: 'Why the file would be refused whole' })
  rejection!: string | null;
  @Field(() => Int) rowsIn!: number;
  @Field(() => Int) rowsLoadable!: number;
  @Field(() => Int) rowsQuarantined!: number;
  @Field(() => Int, { description: 'References the file repeats (earlier files: at load)' })
  rowsDuplicate!: number;
  @Field(() => Int, { description: "Rows the mapping skips on purpose (codes in its 'skip')" })
  rowsSkipped!: number;
  @Field(() => [ReasonCount]) reasons!: ReasonCount[];
  @Field(() => [String]) fields!: string[];
  @Field(() => [PreviewRow]) preview!: PreviewRow[];
  @Field(() => [LabelCount]) unmappedLabels!: LabelCount[];
}

@ObjectType({ description: "A load started from the dashboard, through the CLI's pipeline" })
export class ImportJob {
  @Field() id!: string;
  @Field({
    description: 'running, loaded, already_loaded, quarantined (no row loaded) or rejected',
  })
  status!: string;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int, { nullable: true }) runId!: number | null;
  @Field(() => Int) rowsIn!: number;
  @Field(() => Int) rowsLoaded!: number;
  @Field(() => Int) rowsQuarantined!: number;
  @Field(() => Int) rowsDuplicate!: number;
  @Field(() => Int) rowsSkipped!: number;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => [LabelCount]) unmappedLabels!: LabelCount[];
}

@ObjectType({ description: 'A mapping saved for a municipality, the JSON file the CLI takes' })
export class SavedMapping {
  @Field(() => Int) id!: number;
  @Field() kind!: string;
  @Field() sourceSystem!: string;
  @Field() name!: string;
  @Field() mappingJson!: string;
  @Field() savedBy!: string;
  @Field() savedAt!: Date;
}

@ObjectType()
export class LabelMapped {
  @Field(() => Int, { description: 'Facts already loaded that changed service' })
  factsRekeyed!: number;
}

@ObjectType({ description: 'A service of the catalogue, to map a source label to' })
export class CatalogueService {
  @Field({ description: 'e.g. "pas"' }) code!: string;
  @Field() nameDa!: string;
  @Field() nameEn!: string;
}
