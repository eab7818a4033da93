import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, Length, Matches, MaxLength } from 'class-validator';
import { SOURCE_KIND_NAMES } from '@kanalindsigt/warehouse/reference/source-kinds';
import { MunicipalityArgs } from '../../common/dto/municipality.args';

/** The largest export the dashboard takes (bigger ones go through `npm run etl -- load`). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;
const KINDS: readonly string[] = SOURCE_KIND_NAMES;

/** A source file sent as base64 in the mutation's variables. */
@ArgsType()
export class UploadArgs extends MunicipalityArgs {
  @Field({ description: 'The file name as the admin chose it; kept in etl.source_file' })
  @Matches(/^(?!\.+$)[^/\\:*?"<>|]{1,200}$/, {
    message: 'fileName must be a file name without a folder',
  })
  fileName!: string;

  @Field({
    description: `The file's bytes in base64, at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
  })
  @MaxLength(MAX_BASE64, {
    message: `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: load it with npm run etl -- load`,
  })
  @Matches(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'contentBase64 must be base64' })
  contentBase64!: string;
}

@ArgsType()
export class ProposeMappingArgs extends UploadArgs {
  @Field({ description: `Source kind: ${KINDS.join(', ')}` })
  @IsIn(KINDS, { message: `kind must be a source kind (${KINDS.join(', ')})` })
  kind!: string;
}

@ArgsType()
export class MappedUploadArgs extends UploadArgs {
  @Field({ description: 'The mapping file as JSON (etl/mappings/mapping.schema.json)' })
  @Length(2, 100_000, { message: 'mappingJson must be a mapping file as JSON' })
  mappingJson!: string;
}

@ArgsType()
export class SaveMappingArgs extends MunicipalityArgs {
  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field({ description: 'The mapping file as JSON (etl/mappings/mapping.schema.json)' })
  @Length(2, 100_000, { message: 'mappingJson must be a mapping file as JSON' })
  mappingJson!: string;
}

@ArgsType()
export class MapServiceLabelArgs extends MunicipalityArgs {
  @Field({ description: 'Source kind whose facts keep the label: visits, calls or bookings' })
  @IsIn(['visits', 'calls', 'bookings'], { message: 'kind must be visits, calls or bookings' })
  kind!: string;

  @Field()
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'sourceSystem must be a mapping source system' })
  sourceSystem!: string;

  @Field()
  @Length(1, 500, { message: 'label must be 1 to 500 characters' })
  label!: string;

  @Field({ description: 'Service code of the catalogue, e.g. "pas"' })
  @Matches(/^[a-z0-9_]+$/, { message: 'serviceCode must be a service code of the catalogue' })
  serviceCode!: string;
}

@ArgsType()
export class ImportJobArgs extends MunicipalityArgs {
  @Field()
  @Matches(/^[0-9a-f-]{36}$/, { message: 'id must be an import id' })
  id!: string;
}
