import { useId } from 'react';
import { dictionaries, useT, type MessageKey } from '../../../lib/i18n';
import type { KindField, MappingProposal } from '../api/mapping-assistant';
import {
  codeRows,
  fieldEditor,
  fieldProperties,
  settingEditor,
  settingPaths,
  settingValue,
  withFieldProperty,
  withSetting,
  type Editor,
  type MappingDraft,
  type MappingValue,
} from '../utils/mapping-form';

type Change = (value: MappingValue) => void;

/** A property's label: the form's own wording where it has one, else the mapping's name. */
function usePropertyLabel() {
  const t = useT();
  return (path: string): string => {
    const key = `import.prop.${path}`;
    return key in dictionaries.da ? t(key as MessageKey) : path;
  };
}

/** Step 3: the proposal as a form, one group per canonical field and one for the file. */
export function MappingForm({
  proposal,
  draft,
  onChange,
}: {
  proposal: MappingProposal;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
}) {
  const t = useT();
  const label = usePropertyLabel();
  const unknown = new Map(proposal.unknownValues.map((entry) => [entry.field, entry.values]));
  return (
    <div className="import-mapping">
      {proposal.missingRequired.length > 0 && (
        <p className="import-error" role="alert">
          {t('import.form.missing', { fields: proposal.missingRequired.join(', ') })}
        </p>
      )}
      <fieldset className="import-group">
        <legend>{t('import.form.settings')}</legend>
        <div className="import-group__controls">
          {settingPaths(draft).map((path) => (
            <PropertyControl
              key={path}
              label={label(path)}
              editor={settingEditor(path, settingValue(draft, path))}
              value={settingValue(draft, path)}
              header={proposal.header}
              onChange={(value) => onChange(withSetting(draft, path, value))}
            />
          ))}
        </div>
      </fieldset>
      <h4 className="import-mapping__heading">{t('import.form.fields')}</h4>
      {proposal.fields.map((field) => (
        <FieldGroup
          key={field.name}
          field={field}
          draft={draft}
          header={proposal.header}
          unknownValues={unknown.get(field.name) ?? []}
          onChange={onChange}
        />
      ))}
    </div>
  );
}

function FieldGroup({
  field,
  draft,
  header,
  unknownValues,
  onChange,
}: {
  field: KindField;
  draft: MappingDraft;
  header: readonly string[];
  unknownValues: readonly string[];
  onChange: (draft: MappingDraft) => void;
}) {
  const t = useT();
  const label = usePropertyLabel();
  const mapping = draft.fields[field.name];
  const mapped = typeof mapping?.column === 'string' && mapping.column !== '';
  return (
    <fieldset className="import-group" data-field={field.name}>
      <legend>
        <code>{field.name}</code>{' '}
        <span className="import-group__note">
          {field.required ? t('import.form.required') : t('import.form.optional')} ·{' '}
          {t('import.form.type', { type: field.type })}
        </span>
      </legend>
      <div className="import-group__controls">
        {fieldProperties(field, mapping)
          .filter((property) => property === 'column' || mapped)
          .map((property) => {
            const value = mapping?.[property];
            const editor = fieldEditor(field, property, value);
            const change: Change = (next) =>
              onChange(withFieldProperty(draft, field.name, property, next));
            return editor.kind === 'values' ? (
              <ValuesEditor
                key={property}
                column={String(mapping?.column ?? '')}
                codes={editor.codes}
                values={value as Record<string, string> | undefined}
                unknown={unknownValues}
                onChange={change}
              />
            ) : (
              <PropertyControl
                key={property}
                label={`${label(property)} (${field.name})`}
                editor={editor}
                value={value}
                header={header}
                onChange={change}
              />
            );
          })}
      </div>
    </fieldset>
  );
}

function PropertyControl({
  label,
  editor,
  value,
  header,
  onChange,
}: {
  label: string;
  editor: Editor;
  value: MappingValue;
  header: readonly string[];
  onChange: Change;
}) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const text = value === undefined || value === null ? '' : String(value);
  let control;
  switch (editor.kind) {
    case 'column':
      control = (
        <select
          id={id}
          className="field__control"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('import.form.notMapped')}</option>
          {header.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      );
      break;
    case 'choice':
      control = (
        <select
          id={id}
          className="field__control"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        >
          {!editor.choices.includes(text) && (
            <option value={text}>{text || t('import.form.choose')}</option>
          )}
          {editor.choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice === '\t' ? 'tab' : choice === '' ? t('import.form.none') : choice}
            </option>
          ))}
        </select>
      );
      break;
    case 'number':
      control = (
        <input
          id={id}
          className="field__control"
          type="number"
          min={1}
          value={text}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
      break;
    case 'list':
      control = (
        <input
          id={id}
          className="field__control"
          aria-describedby={hintId}
          value={(value as string[]).join('|')}
          onChange={(e) => onChange(e.target.value === '' ? [] : e.target.value.split('|'))}
        />
      );
      break;
    case 'text':
      control = (
        <input
          id={id}
          className="field__control"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    case 'values':
    case 'kept':
      return (
        <p className="import-group__kept">
          {label}: {t('import.form.kept', { value: JSON.stringify(value) })}
        </p>
      );
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {control}
      {editor.kind === 'list' && (
        <span id={hintId} className="field__hint">
          {t('import.form.listHint')}
        </span>
      )}
    </div>
  );
}

/** Source value → canonical code; values the file holds that nobody mapped come last, unchosen. */
function ValuesEditor({
  column,
  codes,
  values,
  unknown,
  onChange,
}: {
  column: string;
  codes: readonly string[];
  values: Record<string, string> | undefined;
  unknown: readonly string[];
  onChange: Change;
}) {
  const t = useT();
  const rows = codeRows(values, unknown);
  const set = (source: string, target: string) =>
    onChange(Object.fromEntries(rows.map(([from, to]) => [from, from === source ? target : to])));
  return (
    <fieldset className="import-values">
      <legend>{t('import.form.valuesLegend', { column })}</legend>
      {rows.map(([source, target]) => (
        <ValueRow
          key={source}
          source={source}
          target={target}
          codes={codes}
          unknown={target === '' && unknown.includes(source)}
          onChange={(next) => set(source, next)}
        />
      ))}
    </fieldset>
  );
}

function ValueRow({
  source,
  target,
  codes,
  unknown,
  onChange,
}: {
  source: string;
  target: string;
  codes: readonly string[];
  unknown: boolean;
  onChange: (target: string) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={id}>
        {t('import.form.valueTo', { value: source })}
        {unknown && (
          <span className="import-values__unknown"> ({t('import.form.unknownValue')})</span>
        )}
      </label>
      {codes.length > 0 ? (
        <select
          id={id}
          className="field__control"
          value={target}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('import.form.choose')}</option>
          {codes.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className="field__control"
          value={target}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
