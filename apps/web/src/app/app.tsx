import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { AppLayout, MAIN_CONTENT_ID } from '../components/layouts/app-layout';
import { SignInPage } from '../features/auth/components/sign-in-page';
import type { Language } from '../lib/format';
import { I18nProvider, useT } from '../lib/i18n';
import { navigate, usePathname } from '../lib/router';
import { useSession, type Session } from '../lib/session';
import { routesFor } from './routes';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The warehouse changes once a night at most.
        staleTime: 5 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: 1,
      },
    },
  });
}

type AppProvidersProps = {
  children: ReactNode;
  /** Tests pass their own client (no retries, fresh cache). */
  queryClient?: QueryClient;
  initialLanguage?: Language;
};

export function AppProviders({ children, queryClient, initialLanguage }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLanguage={initialLanguage}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}

function Loading() {
  const t = useT();
  return (
    <p className="page-loading" role="status">
      {t('state.loading')}
    </p>
  );
}

/**
 * The view at the current path among those the role may open; any other path (unknown, or a
 * view of another role) shows the role's first view, and the address bar is corrected.
 */
function Dashboard({ session }: { session: Session }) {
  const t = useT();
  const pathname = usePathname();
  const routes = routesFor(session.role);
  const route = routes.find((candidate) => candidate.path === pathname) ?? routes[0];
  const path = route?.path;

  useEffect(() => {
    if (path && path !== pathname) navigate(path, { replace: true });
  }, [path, pathname]);
  // Each view has its own title (WCAG 2.4.2), and focus moves to the new view's content.
  const label = route ? t(route.label) : undefined;
  useEffect(() => {
    document.title = label ? `${label} – ${t('app.name')}` : t('app.name');
  }, [label, t]);
  const [firstPath] = useState(pathname);
  useEffect(() => {
    if (path && path !== firstPath) document.getElementById(MAIN_CONTENT_ID)?.focus();
  }, [path, firstPath]);

  if (!route) return <AppLayout>{t('app.noViews')}</AppLayout>;
  const { Page } = route;
  return (
    <AppLayout nav={{ items: routes, current: route.path }}>
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </AppLayout>
  );
}

/** Signed out: the sign-in page. Signed in: the views the role may open. */
function Routes() {
  const session = useSession();
  const queryClient = useQueryClient();
  // Another user may sign in next in this tab: nothing of the last one's answers stays cached.
  useEffect(() => {
    if (!session) queryClient.clear();
  }, [session, queryClient]);
  return session ? (
    <Dashboard session={session} />
  ) : (
    <AppLayout>
      <SignInPage />
    </AppLayout>
  );
}

export function App(props: Omit<AppProvidersProps, 'children'>) {
  return (
    <AppProviders {...props}>
      <Routes />
    </AppProviders>
  );
}
