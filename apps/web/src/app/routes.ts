import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../lib/i18n';
import { ADMIN, EVERYONE, STAFF, type Role } from '../lib/roles';

export type AppRoute = {
  path: string;
  /** The navigation label. */
  label: MessageKey;
  roles: readonly Role[];
  /** Loaded on first visit, so the first view does not wait for the others' code. */
  Page: LazyExoticComponent<ComponentType>;
};

/** The views, in navigation order. A role sees only the views it may open. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: '/',
    label: 'overviewPage.nav',
    roles: STAFF,
    Page: lazy(() => import('./routes/overview-page').then((m) => ({ default: m.OverviewPage }))),
  },
  {
    path: '/kanaler',
    label: 'channelsPage.nav',
    roles: STAFF,
    Page: lazy(() => import('./routes/channels-page').then((m) => ({ default: m.ChannelsPage }))),
  },
  {
    path: '/fremmoede',
    label: 'visitsPage.nav',
    roles: STAFF,
    Page: lazy(() => import('./routes/visits-page').then((m) => ({ default: m.VisitsPage }))),
  },
  {
    path: '/spidsbelastning',
    label: 'peaksPage.nav',
    roles: STAFF,
    Page: lazy(() => import('./routes/peaks-page').then((m) => ({ default: m.PeaksPage }))),
  },
  {
    path: '/tidsbestilling',
    label: 'bookingPage.nav',
    roles: STAFF,
    Page: lazy(() => import('./routes/booking-page').then((m) => ({ default: m.BookingPage }))),
  },
  {
    path: '/effektivisering',
    label: 'efficiencyPage.nav',
    roles: STAFF,
    Page: lazy(() =>
      import('./routes/efficiency-page').then((m) => ({ default: m.EfficiencyPage })),
    ),
  },
  {
    path: '/digital-inklusion',
    label: 'inclusionPage.nav',
    roles: EVERYONE,
    Page: lazy(() => import('./routes/inclusion-page').then((m) => ({ default: m.InclusionPage }))),
  },
  {
    path: '/datakvalitet',
    label: 'dataQualityPage.nav',
    roles: ADMIN,
    Page: lazy(() =>
      import('./routes/data-quality-page').then((m) => ({ default: m.DataQualityPage })),
    ),
  },
  {
    path: '/indlaesning',
    label: 'importPage.nav',
    roles: ADMIN,
    Page: lazy(() => import('./routes/import-page').then((m) => ({ default: m.ImportPage }))),
  },
];

export function routesFor(role: string): AppRoute[] {
  return ROUTES.filter((route) => (route.roles as readonly string[]).includes(role));
}
