import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { AppLayout } from '../components/layouts/app-layout';
import { SignInPage } from '../features/auth/components/sign-in-page';
import type { Language } from '../lib/format';
import { I18nProvider } from '../lib/i18n';
import { useSession } from '../lib/session';
import { VisitsPage } from './routes/visits-page';

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

/** Signed out: the sign-in page. Signed in: the dashboard (one page for now). */
function Routes() {
  const session = useSession();
  const queryClient = useQueryClient();
  // Another user may sign in next in this tab: nothing of the last one's answers stays cached.
  useEffect(() => {
    if (!session) queryClient.clear();
  }, [session, queryClient]);
  return <AppLayout>{session ? <VisitsPage /> : <SignInPage />}</AppLayout>;
}

export function App(props: Omit<AppProvidersProps, 'children'>) {
  return (
    <AppProviders {...props}>
      <Routes />
    </AppProviders>
  );
}
