import { useId, useState, type FormEvent } from 'react';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useT } from '../../../lib/i18n';
import { useLogin } from '../api/login';

/** Username and password, labelled; a refused sign-in is announced and tied to the fields. */
export function SignInPage() {
  const t = useT();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const errorId = useId();
  const usernameId = useId();
  const passwordId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate({ username: username.trim(), password });
  };

  const error = login.error;
  const errorText = !error
    ? null
    : error instanceof GraphQLRequestError && error.codes.includes('UNAUTHENTICATED')
      ? t('auth.wrongCredentials')
      : t('auth.failed', { message: error.message });

  return (
    <section className="sign-in" aria-labelledby={`${usernameId}-heading`}>
      <h2 id={`${usernameId}-heading`}>{t('auth.title')}</h2>
      <p>{t('auth.intro')}</p>
      <form className="sign-in__form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={usernameId}>
            {t('auth.username')}
          </label>
          <input
            id={usernameId}
            className="field__control"
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            aria-invalid={errorText ? true : undefined}
            aria-describedby={errorText ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={passwordId}>
            {t('auth.password')}
          </label>
          <input
            id={passwordId}
            className="field__control"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={errorText ? true : undefined}
            aria-describedby={errorText ? errorId : undefined}
          />
        </div>
        {errorText && (
          <p id={errorId} className="sign-in__error" role="alert">
            {errorText}
          </p>
        )}
        <button
          className="button"
          type="submit"
          disabled={login.isPending || !username.trim() || !password}
        >
          {login.isPending ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
    </section>
  );
}
