// Sign-in (with the second-factor step), registration, and the password reset, on /api/v1/auth.

import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useShell, api, signedIn } from '../runtime.js';
import { navigate } from '../router.js';
import { AuthLayout } from '../layout.js';
import { Slot } from '../slots.js';
import { Field, Alert, Link } from '../ui.js';

function useForm(submit) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const onSubmit = async (event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await submit(new FormData(event.target));
    } catch (e) {
      setError(e.message || String(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, onSubmit };
}

/** Only a path inside the shell is a place to go back to after signing in. */
function safeNext(next) {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/dashboard';
}

export function LoginPage({ query }) {
  const { t } = useShell();
  const [mfa, setMfa] = useState(false);
  const done = async () => {
    await signedIn();
    navigate(safeNext(query.next), { replace: true });
  };
  const login = useForm(async (form) => {
    const answer = await api('/api/v1/auth/login', { method: 'POST',
      body: { email: form.get('email'), password: form.get('password') } });
    if (answer && answer.mfaRequired) setMfa(true);
    else await done();
  });
  const verify = useForm(async (form) => {
    await api('/api/v1/auth/mfa/verify', { method: 'POST', body: { code: String(form.get('code')).trim() } });
    await done();
  });
  // each form has a key of its own: without it Preact would reuse the sign-in form's e-mail input for the code,
  // value and all
  if (mfa) {
    return html`<${AuthLayout}>
      <h1 class="hw-auth-title" data-testid="page-title">${t('auth.mfaTitle')}</h1>
      <p class="hw-lead">${t('auth.mfaLead')}</p>
      <form class="hw-form" key="mfa" onSubmit=${verify.onSubmit}>
        <${Alert}>${verify.error}<//>
        <${Field} label=${t('auth.mfaCode')} name="code" testid="mfa-code" inputmode="numeric"
          autocomplete="one-time-code" pattern="[0-9 ]{6,8}" required autofocus />
        <button class="hw-button hw-button-primary hw-button-block" data-testid="mfa-submit" disabled=${verify.busy}>
          ${t('auth.verify')}</button>
      </form>
      <p class="hw-auth-foot"><a href="/login" onClick=${(e) => { e.preventDefault(); setMfa(false); }}>
        ${t('auth.backToSignIn')}</a></p>
    <//>`;
  }
  return html`<${AuthLayout}>
    <h1 class="hw-auth-title" data-testid="page-title">${t('auth.signInTitle')}</h1>
    <p class="hw-lead">${t('auth.signInLead')}</p>
    <form class="hw-form" key="login" onSubmit=${login.onSubmit}>
      <${Alert}>${login.error}<//>
      <${Field} label=${t('auth.email')} name="email" type="email" testid="login-email" autocomplete="username"
        required autofocus />
      <${Field} label=${t('auth.password')} name="password" type="password" testid="login-password"
        autocomplete="current-password" required />
      <div class="hw-form-row"><${Link} href="/forgot-password" class="hw-small">${t('auth.forgot')}<//></div>
      <button class="hw-button hw-button-primary hw-button-block" data-testid="login-submit" disabled=${login.busy}>
        ${t('auth.signIn')}</button>
    </form>
    <${Slot} name="auth.login.form.after" quiet />
    <p class="hw-auth-foot">${t('auth.noAccount')} <${Link} href="/register">${t('auth.register')}<//></p>
  <//>`;
}

export function RegisterPage() {
  const { t } = useShell();
  const form = useForm(async (data) => {
    const email = data.get('email');
    const password = data.get('password');
    await api('/api/v1/auth/register', { method: 'POST',
      body: { email, password, displayName: data.get('displayName') } });
    const answer = await api('/api/v1/auth/login', { method: 'POST', body: { email, password } });
    if (answer && answer.mfaRequired) {
      navigate('/login', { replace: true });
      return;
    }
    await signedIn();
    navigate('/dashboard', { replace: true });
  });
  return html`<${AuthLayout}>
    <h1 class="hw-auth-title" data-testid="page-title">${t('auth.registerTitle')}</h1>
    <p class="hw-lead">${t('auth.registerLead')}</p>
    <form class="hw-form" onSubmit=${form.onSubmit}>
      <${Alert}>${form.error}<//>
      <${Field} label=${t('auth.name')} name="displayName" testid="register-name" autocomplete="name" required
        autofocus />
      <${Field} label=${t('auth.email')} name="email" type="email" testid="register-email" autocomplete="email"
        required />
      <${Field} label=${t('auth.password')} name="password" type="password" testid="register-password"
        autocomplete="new-password" hint=${t('auth.passwordHint')} required />
      <button class="hw-button hw-button-primary hw-button-block" data-testid="register-submit"
        disabled=${form.busy}>${t('auth.register')}</button>
    </form>
    <${Slot} name="auth.register.form.after" quiet />
    <p class="hw-auth-foot">${t('auth.haveAccount')} <${Link} href="/login">${t('auth.signIn')}<//></p>
  <//>`;
}

export function ForgotPasswordPage() {
  const { t } = useShell();
  const [sent, setSent] = useState(false);
  const form = useForm(async (data) => {
    await api('/api/v1/auth/password/forgot', { method: 'POST', body: { email: data.get('email') } });
    setSent(true);
  });
  return html`<${AuthLayout}>
    <h1 class="hw-auth-title" data-testid="page-title">${t('auth.forgotTitle')}</h1>
    <p class="hw-lead">${t('auth.forgotLead')}</p>
    ${sent ? html`<${Alert} kind="success">${t('auth.forgotSent')}<//>` : html`
    <form class="hw-form" onSubmit=${form.onSubmit}>
      <${Alert}>${form.error}<//>
      <${Field} label=${t('auth.email')} name="email" type="email" testid="forgot-email" autocomplete="email"
        required autofocus />
      <button class="hw-button hw-button-primary hw-button-block" data-testid="forgot-submit"
        disabled=${form.busy}>${t('auth.forgotSend')}</button>
    </form>`}
    <p class="hw-auth-foot"><${Link} href="/login">${t('auth.backToSignIn')}<//></p>
  <//>`;
}

export function ResetPasswordPage({ query }) {
  const { t } = useShell();
  const [done, setDone] = useState(false);
  const form = useForm(async (data) => {
    await api('/api/v1/auth/password/reset', { method: 'POST',
      body: { token: query.token || '', password: data.get('password') } });
    setDone(true);
  });
  return html`<${AuthLayout}>
    <h1 class="hw-auth-title" data-testid="page-title">${t('auth.resetTitle')}</h1>
    ${done ? html`<${Alert} kind="success">${t('auth.resetDone')}<//>` : html`
    <form class="hw-form" onSubmit=${form.onSubmit}>
      <${Alert}>${form.error}<//>
      <${Field} label=${t('auth.newPassword')} name="password" type="password" testid="reset-password"
        autocomplete="new-password" hint=${t('auth.passwordHint')} required autofocus />
      <button class="hw-button hw-button-primary hw-button-block" data-testid="reset-submit"
        disabled=${form.busy}>${t('auth.resetSubmit')}</button>
    </form>`}
    <p class="hw-auth-foot"><${Link} href="/login">${t('auth.backToSignIn')}<//></p>
  <//>`;
}
