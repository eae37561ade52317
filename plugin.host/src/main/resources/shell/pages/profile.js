// Profiles: the user's own (/profile, slot user.profile.header.actions) and a team's (/teams/<id>, slot
// team.profile.header).

import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { useShell, api } from '../runtime.js';
import { Slot } from '../slots.js';
import { Avatar, Link, Spinner, Alert, NotFound } from '../ui.js';

function date(iso, lang) {
  try { return new Date(iso).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' }); } catch { return iso; }
}

export function UserProfilePage() {
  const s = useShell();
  const t = s.t;
  const u = s.user;
  const name = u.displayName || u.email;
  return html`<div class="hw-page">
    <section class="hw-card hw-profile-header">
      <${Avatar} name=${name} size=${72} />
      <div class="hw-profile-id">
        <h1 class="hw-page-title" data-testid="page-title">${name}</h1>
        <p class="hw-muted">${u.email} · ${t('profile.joined', { date: date(u.createdAt, s.lang) })}</p>
      </div>
      <${Slot} name="user.profile.header.actions" class="hw-inline" props=${{ profile: u }} />
    </section>
    <section class="hw-card">
      <h2 class="hw-card-title">${t('profile.teams')}</h2>
      <ul class="hw-list">
        ${s.teams.map((team) => html`<li key=${team.id}>
          <${Link} href=${'/teams/' + encodeURIComponent(team.id)}>${team.name}<//>
          <span class="hw-badge">${team.role}</span></li>`)}
        ${s.teams.length === 0 ? html`<li class="hw-muted">${t('team.none')}</li>` : null}
      </ul>
    </section>
  </div>`;
}

export function TeamProfilePage({ teamId }) {
  const s = useShell();
  const t = s.t;
  const [team, setTeam] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    setTeam(null);
    setError(null);
    api('/api/v1/teams/' + encodeURIComponent(teamId)).then(setTeam, setError);
  }, [teamId]);
  if (error && (error.status === 404 || error.status === 403)) return html`<${NotFound} />`;
  if (error) return html`<div class="hw-page"><${Alert}>${error.message}<//></div>`;
  if (!team) return html`<div class="hw-page"><${Spinner} /></div>`;
  return html`<div class="hw-page">
    <section class="hw-card hw-profile-header">
      <${Avatar} name=${team.name} size=${72} />
      <div class="hw-profile-id">
        <h1 class="hw-page-title" data-testid="page-title">${team.name}</h1>
        <p class="hw-muted">${team.members.length} ${t('profile.members').toLowerCase()} ·
          ${t('profile.joined', { date: date(team.createdAt, s.lang) })}</p>
      </div>
    </section>
    <${Slot} name="team.profile.header" class="hw-stack" props=${{ teamId: team.id, teamDetail: team }} />
    <section class="hw-card">
      <h2 class="hw-card-title">${t('profile.members')}</h2>
      <ul class="hw-list">
        ${team.members.map((m) => html`<li key=${m.userId}>
          <${Avatar} name=${m.displayName || m.email} size=${32} />
          <span class="hw-grow"><strong>${m.displayName}</strong> <span class="hw-muted">${m.email}</span></span>
          <span class="hw-badge">${m.role}</span></li>`)}
      </ul>
    </section>
  </div>`;
}
