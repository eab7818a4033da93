import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';

/** The booking-effect evaluation: observed vs counterfactual, estimates, FTE/DKK vs target, chance queue. */
export function BookingPage() {
  const filters = useViewFilters();
  return (
    <>
      <PageIntro title="bookingPage.title" intro="bookingPage.intro" />
      <FilterBar filters={filters} />
    </>
  );
}
