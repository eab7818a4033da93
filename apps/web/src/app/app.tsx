import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AppLayout } from '../components/layouts/app-layout';
import type { Language } from '../lib/format';
import { I18nProvider } from '../lib/i18n';
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

/** The dashboard. There is one page for now; more pages would be chosen here. */
export function App(props: Omit<AppProvidersProps, 'children'>) {
  return (
    <AppProviders {...props}>
      <AppLayout>
        <VisitsPage />
      </AppLayout>
    </AppProviders>
  );
}
