import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadFiles } from '@kanalindsigt/etl/load/load-files';
import { readColumnDictionary } from '@kanalindsigt/etl/mapping-assistant/column-dictionary';
import { detectFile } from '@kanalindsigt/etl/mapping-assistant/detect-file';
import { dryRunFile } from '@kanalindsigt/etl/mapping-assistant/dry-run';
import { mapServiceLabel } from '@kanalindsigt/etl/mapping-assistant/map-service-label.repository';
import { proposeMapping } from '@kanalindsigt/etl/mapping-assistant/propose-mapping';
import {
  checkMapping,
  MappingError,
  type SourceMapping,
} from '@kanalindsigt/etl/sources/mapping/source-mapping';
import { sourceKind } from '@kanalindsigt/etl/sources/source-kinds';
import type { AuthUser } from '../auth/auth-user';
import type {
  ImportJobArgs,
  MappedUploadArgs,
  MapServiceLabelArgs,
  ProposeMappingArgs,
  SaveMappingArgs,
  UploadArgs,
} from './dto/mapping-assistant.args';
import { MappingAssistantRepository, type SavedMappingRow } from './mapping-assistant.repository';
import type {
  CatalogueService,
  DryRun,
  ImportJob,
  LabelMapped,
  MappingProposal,
  SavedMapping,
} from './models/mapping-assistant.model';

/** Finished imports are kept this long for the page that polls them. */
const JOB_RETENTION_MS = 60 * 60 * 1000;

/**
 * The dashboard's mapping assistant: every step runs the ETL's own code (detection and proposal
 * in etl/src/mapping-assistant, the dry run through the load's row path, the load through
 * `loadFiles` as the CLI runs it) on the uploaded file written to a temporary folder of its own.
 * Loads run as the warehouse owner, as the ETL always does, after the guard has checked that the
 * admin holds the municipality.
 */
@Injectable()
export class MappingAssistantService {
  private readonly jobs = new Map<string, ImportJob & { municipalityCode: string }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MappingAssistantRepository,
  ) {}

  propose(args: ProposeMappingArgs): Promise<MappingProposal> {
    return withUpload(args, async (path) => {
      const detected = await detectFile(path, 200);
      const proposal = proposeMapping(args.kind, detected, readColumnDictionary(), args.fileName);
      return {
        header: detected.header,
        sampleRows: detected.rows.slice(0, 10),
        headerRow: detected.headerRow,
        mappingJson: JSON.stringify(proposal.mapping, null, 2),
        fields: Object.entries(sourceKind(args.kind).fields).map(([name, field]) => ({
          name,
          type: field.type,
          required: field.required,
          codes: field.type === 'code' ? [...field.codes] : [],
        })),
        missingRequired: proposal.missingRequired,
        unknownValues: Object.entries(proposal.unknownValues).map(([field, values]) => ({
          field,
          values,
        })),
      };
    });
  }

  async dryRun(args: MappedUploadArgs): Promise<DryRun> {
    const mapping = parseMapping(args.mappingJson);
    return withUpload(args, (path) =>
      dryRunFile(this.dataSource, { mapping, municipalityCode: args.municipalityCode, path }),
    );
  }

  async saveMapping(args: SaveMappingArgs, user: AuthUser): Promise<SavedMapping> {
    const mapping = parseMapping(args.mappingJson);
    return toSaved(
      await this.repository.save(args.municipalityCode, args.name, mapping, user.username),
    );
  }

  async savedMappings(municipalityCode: string): Promise<SavedMapping[]> {
    return (await this.repository.savedMappings(municipalityCode)).map(toSaved);
  }

  serviceCatalogue(): Promise<CatalogueService[]> {
    return this.repository.serviceCatalogue();
  }

  /** Starts the load and answers at once; `importJob` reports its progress and reconciliation. */
  async startImport(args: MappedUploadArgs, user: AuthUser): Promise<ImportJob> {
    const mapping = parseMapping(args.mappingJson);
    const dir = await mkdtemp(join(tmpdir(), 'kanalindsigt-import-'));
    const path = join(dir, args.fileName);
    const mappingPath = join(dir, 'mapping.json');
    await writeFile(path, Buffer.from(args.contentBase64, 'base64'));
    await writeFile(mappingPath, JSON.stringify(mapping));
    const job: ImportJob & { municipalityCode: string } = {
      id: randomUUID(),
      municipalityCode: args.municipalityCode,
      status: 'running',
      rowsRead: 0,
      runId: null,
      rowsIn: 0,
      rowsLoaded: 0,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
      rowsSkipped: 0,
      message: null,
      unmappedLabels: [],
    };
    this.jobs.set(job.id, job);
    void loadFiles(this.dataSource, {
      kind: mapping.kind,
      files: [path],
      municipalityCode: args.municipalityCode,
      mappingPath,
      actor: `dashboard:${user.username}`,
      onProgress: (_file, rowsRead) => (job.rowsRead = rowsRead),
    })
      .then((summary) => {
        const file = summary.files[0]!;
        Object.assign(job, {
          status: file.status,
          runId: summary.runId,
          rowsRead: file.rowsIn,
          rowsIn: file.rowsIn,
          rowsLoaded: file.rowsLoaded,
          rowsQuarantined: file.rowsQuarantined,
          rowsDuplicate: file.rowsDuplicate,
          rowsSkipped: file.rowsSkipped,
          message: file.message,
          unmappedLabels: file.unmappedLabels,
        });
      })
      .catch((error: unknown) => {
        job.status = 'rejected';
        job.message = (error as Error).message;
      })
      .finally(() => {
        void rm(dir, { recursive: true, force: true });
        setTimeout(() => this.jobs.delete(job.id), JOB_RETENTION_MS).unref();
      });
    return job;
  }

  importJob(args: ImportJobArgs): ImportJob {
    const job = this.jobs.get(args.id);
    // Another municipality's import is as unknown as a missing one.
    if (!job || job.municipalityCode !== args.municipalityCode)
      throw new NotFoundException(`no import ${args.id} for municipality ${args.municipalityCode}`);
    return job;
  }

  async mapServiceLabel(args: MapServiceLabelArgs): Promise<LabelMapped> {
    try {
      return await mapServiceLabel(this.dataSource, args);
    } catch (error) {
      if ((error as Error).message.startsWith('unknown service'))
        throw new BadRequestException((error as Error).message);
      throw error;
    }
  }
}

/** A mapping the form sent, checked as the CLI checks a mapping file. */
function parseMapping(json: string): SourceMapping {
  try {
    const mapping = JSON.parse(json) as { kind?: unknown };
    const kind = typeof mapping.kind === 'string' ? mapping.kind : '';
    return checkMapping(mapping, 'from the form', kind, sourceKind(kind).fields);
  } catch (error) {
    if (error instanceof MappingError || error instanceof SyntaxError)
      throw new BadRequestException(error.message);
    throw new BadRequestException(`mapping from the form: ${(error as Error).message}`);
  }
}

async function withUpload<T>(args: UploadArgs, work: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'kanalindsigt-upload-'));
  try {
    const path = join(dir, args.fileName);
    await writeFile(path, Buffer.from(args.contentBase64, 'base64'));
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function toSaved(row: SavedMappingRow): SavedMapping {
  return {
    id: row.mapping_id,
    kind: row.source_kind,
    sourceSystem: row.source_system,
    name: row.name,
    mappingJson: JSON.stringify(row.mapping, null, 2),
    savedBy: row.saved_by,
    savedAt: row.saved_at,
  };
}
