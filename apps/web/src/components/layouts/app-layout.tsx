import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { endSession, useSession } from '../../lib/session';
import { LanguageToggle } from '../ui/language-toggle';
import { AppNav, type NavItem } from './app-nav';

export const MAIN_CONTENT_ID = 'main-content';

type AppLayoutProps = {
  children: ReactNode;
  /** Signed in: the views the role may open, and the current one. */
  nav?: { items: readonly NavItem[]; current: string };
};

/**
 * Skip link, banner with the product name, language toggle and (signed in) who and a sign-out
 * button, the navigation, the main region and a footer.
 */
export function AppLayout({ children, nav }: AppLayoutProps) {
  const t = useT();
  const session = useSession();
  return (
    <>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            <h1 className="app-header__title">{t('app.name')}</h1>
            <p className="app-header__tagline">{t('app.tagline')}</p>
          </div>
          <div className="app-header__actions">
            <LanguageToggle />
            {session && (
              <>
                <span className="app-header__user">
                  {t('auth.signedInAs', { name: session.displayName || session.username })}
                </span>
                <button type="button" className="sign-out-button" onClick={endSession}>
                  {t('auth.signOut')}
                </button>
              </>
            )}
          </div>
        </div>
        {nav && <AppNav items={nav.items} current={nav.current} />}
      </header>
      <main id={MAIN_CONTENT_ID} className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
