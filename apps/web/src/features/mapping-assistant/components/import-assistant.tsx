import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useT, type MessageKey } from '../../../lib/i18n';
import {
  useDryRunImport,
  useProposeMapping,
  useSaveMapping,
  useStartImport,
  type MappingProposal,
} from '../api/mapping-assistant';
import { parseDraft, toMappingJson, type MappingDraft } from '../utils/mapping-form';
import { DetectedSummary } from './detected-summary';
import { DryRunResult } from './dry-run-result';
import { ImportProgress } from './import-progress';
import { LabelMapper } from './label-mapper';
import { MappingForm } from './mapping-form';
import { RequestError } from './request-error';
import { SavedMappings } from './saved-mappings';
import { UploadForm, type ChosenUpload } from './upload-form';

function Step({ title, children }: { title: MessageKey; children: ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <section className="import-step" aria-labelledby={id}>
      <h3 id={id}>{t(title)}</h3>
      {children}
    </section>
  );
}

/**
 * The mapping assistant, step by step: upload, what was detected, the proposal as a form, a dry
 * run (nothing written), then save and load. Saving and loading wait for a dry run of the mapping
 * as it stands, so nothing is written that the admin has not seen counted.
 */
export function ImportAssistant({ municipalityCode }: { municipalityCode: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const nameId = useId();
  const [upload, setUpload] = useState<ChosenUpload>();
  const [proposal, setProposal] = useState<MappingProposal>();
  const [draft, setDraft] = useState<MappingDraft>();
  const [name, setName] = useState('');
  const propose = useProposeMapping();
  const dryRun = useDryRunImport();
  const save = useSaveMapping();
  const start = useStartImport();

  const mappingJson = draft ? toMappingJson(draft) : '';
  const file = upload && {
    municipalityCode,
    fileName: upload.fileName,
    contentBase64: upload.contentBase64,
  };
  const triedJson = dryRun.variables?.mappingJson;
  const tried = dryRun.isSuccess && triedJson === mappingJson && !dryRun.data.rejection;

  const read = (chosen: ChosenUpload) => {
    setUpload(chosen);
    setProposal(undefined);
    dryRun.reset();
    save.reset();
    start.reset();
    propose.mutate(
      { ...chosen, municipalityCode },
      {
        onSuccess: (answer) => {
          const proposed = parseDraft(answer);
          setProposal(answer);
          setDraft(proposed);
          setName(proposed.sourceSystem);
        },
      },
    );
  };

  return (
    <div className="import-assistant">
      <Step title="import.upload.title">
        <UploadForm busy={propose.isPending} onRead={read} />
        <RequestError error={propose.error} />
      </Step>
      {proposal && draft && file && upload && (
        <>
          <Step title="import.detected.title">
            <DetectedSummary proposal={proposal} />
          </Step>
          <Step title="import.form.title">
            <p>{t('import.form.description')}</p>
            <MappingForm proposal={proposal} draft={draft} onChange={setDraft} />
          </Step>
          <Step title="import.dryRun.title">
            <p>{t('import.dryRun.description')}</p>
            <button
              type="button"
              className="button"
              disabled={dryRun.isPending}
              onClick={() => dryRun.mutate({ ...file, mappingJson })}
            >
              {dryRun.isPending ? t('import.dryRun.running') : t('import.dryRun.submit')}
            </button>
            <RequestError error={dryRun.error} />
            {dryRun.data && triedJson !== mappingJson && (
              <p role="status">{t('import.dryRun.stale')}</p>
            )}
            {dryRun.data && <DryRunResult dryRun={dryRun.data} />}
            {dryRun.data && (
              <LabelMapper
                municipalityCode={municipalityCode}
                kind={upload.kind}
                sourceSystem={draft.sourceSystem}
                labels={dryRun.data.unmappedLabels}
              />
            )}
          </Step>
          <Step title="import.save.title">
            {!tried && <p>{t('import.load.needsDryRun')}</p>}
            <div className="import-actions">
              <div className="field">
                <label className="field__label" htmlFor={nameId}>
                  {t('import.save.name')}
                </label>
                <input
                  id={nameId}
                  className="field__control"
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                />
              </div>
              <button
                type="button"
                className="button"
                disabled={!tried || name.trim() === '' || save.isPending}
                onClick={() =>
                  save.mutate(
                    { municipalityCode, name: name.trim(), mappingJson },
                    {
                      onSuccess: () =>
                        void queryClient.invalidateQueries({ queryKey: ['saved-mappings'] }),
                    },
                  )
                }
              >
                {t('import.save.submit')}
              </button>
              <button
                type="button"
                className="button"
                disabled={!tried || start.isPending || start.isSuccess}
                onClick={() => start.mutate({ ...file, mappingJson })}
              >
                {t('import.load.submit')}
              </button>
            </div>
            <p role="status" aria-live="polite">
              {save.data ? t('import.save.saved', { name: save.data.name }) : ''}
            </p>
            <RequestError error={save.error ?? start.error} />
            {start.data && (
              <ImportProgress municipalityCode={municipalityCode} jobId={start.data.id}>
                {(job) => (
                  <LabelMapper
                    municipalityCode={municipalityCode}
                    kind={upload.kind}
                    sourceSystem={draft.sourceSystem}
                    labels={job.unmappedLabels}
                  />
                )}
              </ImportProgress>
            )}
          </Step>
        </>
      )}
      <SavedMappings municipalityCode={municipalityCode} />
    </div>
  );
}
