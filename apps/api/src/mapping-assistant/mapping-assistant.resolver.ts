import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MunicipalityArgs } from '../common/dto/municipality.args';
import {
  ImportJobArgs,
  MappedUploadArgs,
  MapServiceLabelArgs,
  ProposeMappingArgs,
  SaveMappingArgs,
} from './dto/mapping-assistant.args';
import { MappingAssistantService } from './mapping-assistant.service';
import {
  CatalogueService,
  DryRun,
  ImportJob,
  LabelMapped,
  MappingProposal,
  SavedMapping,
} from './models/mapping-assistant.model';

/**
 * The mapping assistant (admin). Files travel as base64 in mutations, so the one GraphQL door
 * keeps its guard (admins only, the municipality granted), validation, rate limit and audit; the
 * reading steps are mutations too, so that only admins may send files at all.
 */
@Resolver()
export class MappingAssistantResolver {
  constructor(private readonly service: MappingAssistantService) {}

  @Mutation(() => MappingProposal, {
    description:
      'Reads an uploaded file and proposes a mapping for the source kind (writes nothing)',
  })
  proposeMapping(@Args() args: ProposeMappingArgs): Promise<MappingProposal> {
    return this.service.propose(args);
  }

  @Mutation(() => DryRun, {
    description: 'Reads the file through the load path with the mapping; writes nothing',
  })
  dryRunImport(@Args() args: MappedUploadArgs): Promise<DryRun> {
    return this.service.dryRun(args);
  }

  @Mutation(() => SavedMapping, { description: 'Saves the mapping for the municipality (admin)' })
  saveMapping(@Args() args: SaveMappingArgs, @CurrentUser() user: AuthUser): Promise<SavedMapping> {
    return this.service.saveMapping(args, user);
  }

  @Mutation(() => ImportJob, {
    description: 'Loads the file with the mapping through the ETL pipeline (admin); poll importJob',
  })
  startImport(@Args() args: MappedUploadArgs, @CurrentUser() user: AuthUser): Promise<ImportJob> {
    return this.service.startImport(args, user);
  }

  @Mutation(() => LabelMapped, {
    description:
      'Maps a source label to a catalogue service and applies it to loaded facts (admin)',
  })
  mapServiceLabel(@Args() args: MapServiceLabelArgs): Promise<LabelMapped> {
    return this.service.mapServiceLabel(args);
  }

  @Query(() => [SavedMapping], { description: "The municipality's saved mappings" })
  savedMappings(@Args() args: MunicipalityArgs): Promise<SavedMapping[]> {
    return this.service.savedMappings(args.municipalityCode);
  }

  @Query(() => [CatalogueService], {
    description: 'The service catalogue, to map unmapped source labels to',
  })
  serviceCatalogue(): Promise<CatalogueService[]> {
    return this.service.serviceCatalogue();
  }

  @Query(() => ImportJob, {
    description: 'Progress and, when done, the reconciliation of an import',
  })
  importJob(@Args() args: ImportJobArgs): ImportJob {
    return this.service.importJob(args);
  }
}
