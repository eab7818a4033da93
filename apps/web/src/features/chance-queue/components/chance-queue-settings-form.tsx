import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../lib/i18n';
import {
  MINUTES_RANGE,
  NO_SHOW_PERCENT_RANGE,
  noShowPercentOf,
  parseMinutes,
  parseNoShowPercent,
  type ChanceQueueSettings,
} from '../utils/chance-queue-settings';

type ChanceQueueSettingsFormProps = {
  settings: ChanceQueueSettings;
  /** Called with the new settings on "Beregn igen"; undefined fields mean the API's default. */
  onChange: (settings: ChanceQueueSettings) => void;
};

const minutesText = (settings: ChanceQueueSettings) =>
  settings.minutesPerWalkIn === undefined ? '' : String(settings.minutesPerWalkIn);
const noShowText = (settings: ChanceQueueSettings) =>
  settings.noShowShareUsable === undefined
    ? ''
    : String(noShowPercentOf(settings.noShowShareUsable));

/**
 * The what-if's two settings people argue about: minutes per walk-in and how much of a no-show
 * slot can be used. Typed values are applied on submit so each keystroke does not re-query.
 */
export function ChanceQueueSettingsForm({ settings, onChange }: ChanceQueueSettingsFormProps) {
  const { t } = useI18n();
  const minutesId = useId();
  const noShowId = useId();
  const errorId = useId();
  const [minutes, setMinutes] = useState(minutesText(settings));
  const [noShow, setNoShow] = useState(noShowText(settings));
  const [invalid, setInvalid] = useState(false);

  // The URL can change from outside (a pasted link, the back button): show what it holds.
  const urlMinutes = minutesText(settings);
  const urlNoShow = noShowText(settings);
  useEffect(() => setMinutes(urlMinutes), [urlMinutes]);
  useEffect(() => setNoShow(urlNoShow), [urlNoShow]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutesValue = parseMinutes(minutes);
    const percentValue = parseNoShowPercent(noShow);
    const bad =
      (minutes.trim() !== '' && minutesValue === undefined) ||
      (noShow.trim() !== '' && percentValue === undefined);
    setInvalid(bad);
    if (bad) return;
    onChange({
      ...(minutesValue !== undefined && { minutesPerWalkIn: minutesValue }),
      ...(percentValue !== undefined && { noShowShareUsable: percentValue / 100 }),
    });
  };

  return (
    <form
      className="chance-queue-form"
      noValidate
      onSubmit={submit}
      aria-describedby={invalid ? errorId : undefined}
    >
      <div className="field">
        <label className="field__label" htmlFor={minutesId}>
          {t('booking.chanceQueue.minutes')}
        </label>
        <input
          id={minutesId}
          className="field__control"
          type="number"
          inputMode="decimal"
          min={MINUTES_RANGE.min}
          max={MINUTES_RANGE.max}
          step="any"
          placeholder={t('booking.chanceQueue.minutesPlaceholder')}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={noShowId}>
          {t('booking.chanceQueue.noShow')}
        </label>
        <input
          id={noShowId}
          className="field__control"
          type="number"
          inputMode="decimal"
          min={NO_SHOW_PERCENT_RANGE.min}
          max={NO_SHOW_PERCENT_RANGE.max}
          step="any"
          placeholder="50"
          value={noShow}
          onChange={(event) => setNoShow(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('booking.chanceQueue.recalculate')}
      </button>
      {invalid && (
        <p id={errorId} className="chance-queue-form__error" role="alert">
          {t('booking.chanceQueue.invalid')}
        </p>
      )}
    </form>
  );
}
