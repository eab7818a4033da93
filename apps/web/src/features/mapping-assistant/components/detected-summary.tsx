import { useT, type MessageKey } from '../../../lib/i18n';
import type { MappingProposal } from '../api/mapping-assistant';
import { DELIMITER_NAMES, detectedFrom, parseDraft } from '../utils/mapping-form';

/** Step 2: what detection read from the file (the proposal as it came, before any correction). */
export function DetectedSummary({ proposal }: { proposal: MappingProposal }) {
  const t = useT();
  const detected = detectedFrom(proposal, parseDraft(proposal));
  const delimiter = detected.delimiter;
  const rows: [MessageKey, string | undefined][] = [
    ['import.detected.fileType', detected.fileType.toUpperCase()],
    ['import.detected.encoding', detected.encoding],
    [
      'import.detected.delimiter',
      delimiter === undefined
        ? undefined
        : DELIMITER_NAMES[delimiter]
          ? t(`import.delimiter.${DELIMITER_NAMES[delimiter]}` as MessageKey)
          : delimiter,
    ],
    ['import.detected.headerRow', String(detected.headerRow)],
    [
      'import.detected.numbers',
      detected.decimalSeparator === undefined
        ? undefined
        : t('import.detected.numbersValue', {
            decimal: detected.decimalSeparator,
            thousands: detected.thousandsSeparator ?? '',
          }),
    ],
    ['import.detected.timeZone', detected.timeZone],
  ];
  return (
    <>
      <dl className="import-detected">
        {rows.map(([label, value]) =>
          value === undefined ? null : (
            <div key={label} className="import-detected__item">
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ),
        )}
        {detected.formats.length > 0 && (
          <div className="import-detected__item">
            <dt>{t('import.detected.formats')}</dt>
            <dd>
              <ul>
                {detected.formats.map((format) => (
                  <li key={format.column}>{t('import.detected.format', format)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('import.detected.sample')}
      >
        <table className="import-table">
          <caption>{t('import.detected.sample')}</caption>
          <thead>
            <tr>
              {proposal.header.map((name, index) => (
                <th key={index} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {proposal.sampleRows.slice(0, 5).map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
