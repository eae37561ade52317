// A team's members, for the team settings and the admin area: list, add (by email, with a role), remove, rename.

import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { useShell, api, loadSession, chooseTeam } from '../runtime.js';
import { Avatar, Alert, Spinner, Link } from '../ui.js';

export function TeamMembers({ teamId, canManage, linkTo }) {
  const s = useShell();
  const t = s.t;
  const [team, setTeam] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  const load = () => api('/api/v1/teams/' + encodeURIComponent(teamId)).then(setTeam, (e) => setError(e.message));
  useEffect(() => { load(); }, [teamId]);
  const act = (fn) => async (event) => {
    event?.preventDefault?.();
    setError(null);
    setNotice(null);
    try {
      await fn(event);
      await load();
    } catch (e) { setError(e.message); }
  };
  const rename = act(async (event) => {
    await api('/api/v1/teams/' + encodeURIComponent(teamId), { method: 'PATCH',
      body: { name: new FormData(event.target).get('name') } });
    await loadSession();
    setNotice(t('common.saved'));
  });
  const add = act(async (event) => {
    const form = new FormData(event.target);
    await api('/api/v1/teams/' + encodeURIComponent(teamId) + '/members', { method: 'POST',
      body: { email: form.get('email'), role: form.get('role') } });
    event.target.reset();
  });
  const remove = (userId) => act(() => api('/api/v1/teams/' + encodeURIComponent(teamId) + '/members/'
    + encodeURIComponent(userId), { method: 'DELETE' }));
  if (!team) return error ? html`<${Alert}>${error}<//>` : html`<${Spinner} />`;
  return html`<div class="hw-stack">
    <${Alert}>${error}<//>
    <${Alert} kind="success">${notice}<//>
    ${canManage ? html`<form class="hw-form hw-form-inline" onSubmit=${rename}>
      <label class="hw-field"><span class="hw-label">${t('team.rename')}</span>
        <input class="hw-input" name="name" value=${team.name} required /></label>
      <button class="hw-button">${t('team.save')}</button>
    </form>` : null}
    <ul class="hw-list" data-testid="team-members">
      ${team.members.map((m) => html`<li key=${m.userId}>
        <${Avatar} name=${m.displayName || m.email} size=${32} />
        <span class="hw-grow">${linkTo ? html`<${Link} href=${linkTo(m)}><strong>${m.displayName}</strong><//>`
          : html`<strong>${m.displayName}</strong>`} <span class="hw-muted">${m.email}</span></span>
        <span class="hw-badge">${m.role}</span>
        ${canManage && m.userId !== s.user.id && m.role !== 'owner' ? html`<button class="hw-button hw-button-small
          hw-button-ghost" onClick=${remove(m.userId)}>${t('team.remove')}</button>` : null}
      </li>`)}
    </ul>
    ${canManage ? html`<form class="hw-form hw-form-inline" onSubmit=${add}>
      <label class="hw-field hw-grow"><span class="hw-label">${t('team.addMember')}</span>
        <input class="hw-input" name="email" type="email" placeholder="ada@example.com" required /></label>
      <label class="hw-field"><span class="hw-label">${t('team.role')}</span>
        <select class="hw-select" name="role"><option value="member">member</option>
          <option value="admin">admin</option></select></label>
      <button class="hw-button hw-button-primary">${t('team.add')}</button>
    </form>` : null}
  </div>`;
}

/** Creates a team (the caller becomes its owner) and makes it the current one. */
export function CreateTeam() {
  const { t } = useShell();
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const create = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const team = await api('/api/v1/teams', { method: 'POST', body: { name: new FormData(event.target).get('name') } });
      await chooseTeam(team.id);
    } catch (e) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };
  return html`<form class="hw-form hw-form-inline" onSubmit=${create} data-testid="create-team">
    <${Alert}>${error}<//>
    <label class="hw-field hw-grow"><span class="hw-label">${t('team.createName')}</span>
      <input class="hw-input" name="name" placeholder="Acme" required data-testid="create-team-name" /></label>
    <button class="hw-button hw-button-primary" disabled=${busy} data-testid="create-team-submit">${t('team.create')}</button>
  </form>`;
}
