// User and team settings, with tabs from 'ui:settings:tabs:user' and 'ui:settings:tabs:team' (each tab
// {id, label, component}); /settings/user/<tab> and /settings/team/<tab>.

import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useShell, api, setLanguage, loadSession, isAdmin } from '../runtime.js';
import { Boundary, baseProps } from '../slots.js';
import { PageHeader, Link, Alert, Field, Spinner, useFiltered, NotFound } from '../ui.js';
import { TeamMembers, CreateTeam } from './team-members.js';

function ProfileTab({ user, t }) {
  const s = useShell();
  return html`<div class="hw-stack">
    <dl class="hw-facts">
      <div><dt>${t('auth.name')}</dt><dd>${user.displayName}</dd></div>
      <div><dt>${t('auth.email')}</dt><dd>${user.email}</dd></div>
    </dl>
    <label class="hw-field hw-field-narrow"><span class="hw-label">${t('settings.language')}</span>
      <select class="hw-select" data-testid="settings-language" value=${s.lang}
          onChange=${(e) => setLanguage(e.target.value)}>
        ${s.languages.map((l) => html`<option value=${l.tag}>${l.name}</option>`)}
      </select></label>
  </div>`;
}

function SecurityTab({ t }) {
  const s = useShell();
  const [enrolment, setEnrolment] = useState(null);
  const [error, setError] = useState(null);
  const enroll = async () => {
    setError(null);
    try { setEnrolment(await api('/api/v1/auth/mfa/enroll', { method: 'POST' })); } catch (e) { setError(e.message); }
  };
  const confirm = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      await api('/api/v1/auth/mfa/confirm', { method: 'POST',
        body: { code: String(new FormData(event.target).get('code')).trim() } });
      setEnrolment(null);
      await loadSession();
    } catch (e) { setError(e.message); }
  };
  return html`<div class="hw-stack">
    <h3 class="hw-card-subtitle">${t('settings.mfa')}</h3>
    <${Alert}>${error}<//>
    ${s.mfaEnabled ? html`<div data-testid="mfa-on"><${Alert} kind="success">${t('settings.mfaOn')}<//></div>`
      : enrolment ? html`
      <p>${t('settings.mfaSecret')}</p>
      <code class="hw-code" data-testid="mfa-secret">${enrolment.secret}</code>
      <form class="hw-form hw-form-inline" onSubmit=${confirm}>
        <${Field} label=${t('auth.mfaCode')} name="code" testid="mfa-confirm-code" inputmode="numeric"
          autocomplete="one-time-code" required />
        <button class="hw-button hw-button-primary" data-testid="mfa-confirm">${t('settings.mfaConfirm')}</button>
      </form>` : html`
      <p class="hw-muted">${t('settings.mfaOff')}</p>
      <div><button class="hw-button" data-testid="mfa-enable" onClick=${enroll}>${t('settings.mfaEnable')}</button></div>`}
  </div>`;
}

function MembersTab({ team }) {
  return html`<${TeamMembers} teamId=${team.id} canManage=${isAdmin()} />`;
}

export function SettingsPage({ scope, tab }) {
  const s = useShell();
  const t = s.t;
  const hook = scope === 'team' ? 'ui:settings:tabs:team' : 'ui:settings:tabs:user';
  const initial = scope === 'team'
    ? [{ id: 'members', label: t('settings.members'), component: MembersTab }]
    : [{ id: 'profile', label: t('settings.profile'), component: ProfileTab },
      { id: 'security', label: t('settings.security'), component: SecurityTab }];
  const tabs = useFiltered(hook, initial, [], [scope, s.lang]).filter((x) => typeof x.component === 'function');
  if (scope === 'team' && !s.team) {
    return html`<div class="hw-page"><${PageHeader} title=${t('settings.team')} lead=${t('team.none')} />
      <section class="hw-card hw-stack"><p class="hw-muted">${t('team.createLead')}</p><${CreateTeam} /></section></div>`;
  }
  const current = tab ? tabs.find((x) => x.id === tab) : tabs[0];
  if (tab && !current && s.ready) return html`<${NotFound} />`;
  const base = scope === 'team' ? '/settings/team' : '/settings/user';
  const props = { ...baseProps(s) };
  return html`<div class="hw-page">
    <${PageHeader} title=${scope === 'team' ? t('settings.team') : t('settings.user')}
      lead=${scope === 'team' ? s.team.name : s.user.email} />
    <div class="hw-settings">
      <nav class="hw-tabs" role="tablist" data-testid=${'settings-tabs-' + scope}>
        ${tabs.map((x) => html`<${Link} href=${base + '/' + encodeURIComponent(x.id)} role="tab" key=${x.id}
            data-testid=${'settings-tab-' + x.id} aria-selected=${current === x}
            class=${'hw-tab' + (current === x ? ' hw-active' : '')}>${String(x.label ?? x.id)}<//>`)}
      </nav>
      <section class="hw-card hw-tab-panel" role="tabpanel">
        ${current ? html`<${Boundary} plugin=${current.plugin || 'hookwire'} hook=${hook} kind="widget"
            key=${current.id}><${current.component} ...${props} /><//>` : html`<${Spinner} />`}
      </section>
    </div>
  </div>`;
}
