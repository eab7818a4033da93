import { useMemo } from 'react';
import { formatDate, copenhagenDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useDigitalExclusion, type ExclusionQueryParams } from '../api/get-digital-exclusion';
import {
  assistedView,
  bookingHelpView,
  contactsView,
  exemptionsView,
  mainPeriod,
  notRecordedByAge,
  periodLabel,
  walkInsView,
} from '../utils/exclusion-view';
import { ExclusionChartCard } from './exclusion-chart-card';

/**
 * The council view's cards, all from one `digitalExclusion` answer: who still comes, who gets
 * help to book, what happens to walk-ins, assisted self-service and Digital Post exemptions.
 */
type DigitalExclusionCardsProps = {
  params: ExclusionQueryParams | undefined;
  /** The same period a year earlier, when the user asked for the comparison. */
  comparison?: ExclusionQueryParams;
  /** Events (go-lives, closures) in the period, already in the reader's language. */
  events?: readonly ExclusionEvent[];
};

export type ExclusionEvent = { label: string; from: string; to?: string | null };

export function DigitalExclusionCards({
  params,
  comparison,
  events = [],
}: DigitalExclusionCardsProps) {
  const { t, language } = useI18n();
  const query = useDigitalExclusion(params);
  const previousQuery = useDigitalExclusion(comparison);
  const data = query.data;
  // A kept answer for another comparison period must not be drawn as this one's.
  const previous =
    comparison &&
    previousQuery.data?.from === comparison.from &&
    previousQuery.data.municipalityCode === comparison.municipalityCode
      ? previousQuery.data
      : undefined;
  const views = useMemo(() => {
    if (!data) return undefined;
    const context = { t, language };
    const period = mainPeriod(data);
    return {
      period: periodLabel(data, language),
      suppressed: data.suppression.applied,
      threshold: data.suppression.threshold,
      contacts: contactsView(data, context),
      booking: bookingHelpView(data, context),
      walkIns: walkInsView(data, context),
      assisted: assistedView(data, context),
      exemptions: exemptionsView(data, context, copenhagenDate(), previous),
      channelsNotRecorded: period ? notRecordedByAge(data.channels, period.contacts, language) : [],
      resolutionsNotRecorded: period
        ? notRecordedByAge(data.walkInResolutions, period.walkIns, language)
        : [],
    };
  }, [data, previous, t, language]);

  const notRecorded = (names: readonly string[]) =>
    names.length > 0 ? [t('inclusion.notRecordedNote', { names: names.join(', ') })] : [];
  const period = views?.period ?? '';
  const threshold = views?.threshold ?? null;
  const common = { query, threshold };
  const bookingMissing = views?.booking?.groups.some((g) => g.values.share === null) ?? false;
  const notBegun = views?.exemptions.notBegun ?? [];
  const eventList = events
    .map(
      (event) =>
        `${event.label} (${formatDate(event.from, language)}${
          event.to && event.to !== event.from ? ` – ${formatDate(event.to, language)}` : ''
        })`,
    )
    .join('; ');
  const exemptionNotes = [
    ...(notBegun.length > 0
      ? [t('inclusion.exemptions.notBegun', { periods: notBegun.join(', ') })]
      : []),
    ...(comparison && previousQuery.isError ? [t('inclusion.exemptions.previousError')] : []),
    ...(eventList ? [t('inclusion.events', { events: eventList })] : []),
  ];

  return (
    <>
      {views && (
        <p className="inclusion-about" role="note">
          {t(views.suppressed ? 'inclusion.about.hidden' : 'inclusion.about.exact')}
        </p>
      )}
      <div className="chart-grid">
        <ExclusionChartCard
          {...common}
          testId="inclusion-contacts-chart"
          title={t('inclusion.contacts.title')}
          description={t('inclusion.contacts.description')}
          emptyMessage={t('inclusion.contacts.empty')}
          figureLabel={t('inclusion.contacts.figureLabel', { period })}
          view={views?.contacts}
          fractionDigits={1}
          notes={[
            t('inclusion.contacts.unknownAge'),
            ...notRecorded(views?.channelsNotRecorded ?? []),
          ]}
        />
        <ExclusionChartCard
          {...common}
          testId="inclusion-booking-help-chart"
          title={t('inclusion.booking.title')}
          description={t('inclusion.booking.description')}
          emptyMessage={t('inclusion.booking.empty')}
          figureLabel={t('inclusion.booking.figureLabel', { period })}
          view={views?.booking}
          fractionDigits={1}
          unit=" %"
          single
          notes={bookingMissing ? [t('inclusion.notAvailableNote')] : []}
        />
        <ExclusionChartCard
          {...common}
          testId="inclusion-walk-ins-chart"
          title={t('inclusion.walkIns.title')}
          description={t('inclusion.walkIns.description')}
          emptyMessage={t('inclusion.walkIns.empty')}
          figureLabel={t('inclusion.walkIns.figureLabel', { period })}
          view={views?.walkIns}
          fractionDigits={0}
          notes={notRecorded(views?.resolutionsNotRecorded ?? [])}
        />
        <ExclusionChartCard
          {...common}
          testId="inclusion-assisted-chart"
          title={t('inclusion.assisted.title')}
          description={t('inclusion.assisted.description')}
          emptyMessage={t('inclusion.assisted.empty')}
          figureLabel={t('inclusion.assisted.figureLabel', { period })}
          view={views?.assisted}
          fractionDigits={0}
          single
        />
        <ExclusionChartCard
          {...common}
          testId="inclusion-exemptions-chart"
          title={t('inclusion.exemptions.title')}
          description={t('inclusion.exemptions.description')}
          emptyMessage={t('inclusion.exemptions.empty')}
          figureLabel={t('inclusion.exemptions.figureLabel', { period })}
          view={views?.exemptions}
          fractionDigits={0}
          single
          notes={exemptionNotes}
        />
      </div>
    </>
  );
}
