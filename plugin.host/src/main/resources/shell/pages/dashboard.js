// The dashboard: a welcome, the workspace card, and the slots dashboard.main.top, dashboard.main.bottom and
// dashboard.sidebar.

import { html } from 'htm/preact';
import { useShell, loader } from '../runtime.js';
import { Slot } from '../slots.js';
import { PageHeader, Link } from '../ui.js';
import { CreateTeam } from './team-members.js';

export function DashboardPage() {
  const s = useShell();
  const t = s.t;
  const name = s.user?.displayName || s.user?.email;
  const booted = loader.booted().length;
  return html`<div class="hw-page">
    <${PageHeader} title=${t('dashboard.welcome', { name })}
      lead=${s.team ? t('dashboard.lead', { team: s.team.name }) : null} />
    <div class="hw-dashboard">
      <div class="hw-dashboard-main">
        <${Slot} name="dashboard.main.top" class="hw-stack" />
        <section class="hw-card hw-workspace">
          <h2 class="hw-card-title">${t('dashboard.workspace')}</h2>
          <dl class="hw-facts">
            <div><dt>${t('dashboard.team')}</dt><dd>${s.team
              ? html`<${Link} href=${'/teams/' + encodeURIComponent(s.team.id)}>${s.team.name}<//>` : '—'}</dd></div>
            <div><dt>${t('dashboard.role')}</dt><dd class="hw-capitalize">${s.team?.role || '—'}</dd></div>
            <div><dt>${t('dashboard.plugins')}</dt><dd>${s.ready ? booted : '…'}</dd></div>
          </dl>
          ${s.team ? null : html`<div class="hw-workspace-cta"><p class="hw-muted">${t('team.createLead')}</p>
            <${CreateTeam} /></div>`}
        </section>
        <${Slot} name="dashboard.main.bottom" class="hw-stack" />
      </div>
      <aside class="hw-dashboard-side">
        <${Slot} name="dashboard.sidebar" class="hw-stack" />
      </aside>
    </div>
  </div>`;
}
