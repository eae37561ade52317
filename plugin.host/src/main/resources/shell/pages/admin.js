// The admin area, for the admins and owners of the current team: its own navigation ('ui:nav:admin'), the
// overview with admin.dashboard.widgets, the members, and a member's page with admin.user.detail.after.

import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { useShell, api, isAdmin, loader } from '../runtime.js';
import { Slot } from '../slots.js';
import { PageHeader, Link, Icon, Avatar, Spinner, NotFound, useFiltered, byOrder } from '../ui.js';
import { TeamMembers } from './team-members.js';

function AdminNav({ path }) {
  const s = useShell();
  const t = s.t;
  const initial = [
    { id: 'overview', label: t('admin.overview'), href: '/admin', icon: 'chart', order: 0 },
    { id: 'users', label: t('admin.users'), href: '/admin/users', icon: 'users', order: 10 },
  ];
  const items = byOrder(useFiltered('ui:nav:admin', initial, [], [s.lang]));
  return html`<nav class="hw-subnav" data-testid="nav-admin" aria-label=${t('admin.title')}>
    ${items.map((item) => html`<${Link} href=${String(item.href || '#')} key=${item.id}
        data-testid=${'nav-admin-item-' + item.id}
        class=${'hw-subnav-item' + ((item.href === '/admin' ? path === '/admin' : path.startsWith(String(item.href)))
          ? ' hw-active' : '')}><${Icon} name=${item.icon} /><span>${String(item.label ?? item.id)}</span><//>`)}
  </nav>`;
}

function Member({ userId }) {
  const s = useShell();
  const t = s.t;
  const [member, setMember] = useState(undefined);
  useEffect(() => {
    api('/api/v1/teams/' + encodeURIComponent(s.team.id))
      .then((team) => setMember(team.members.find((m) => m.userId === userId) || null), () => setMember(null));
  }, [userId, s.team?.id]);
  if (member === undefined) return html`<${Spinner} />`;
  if (member === null) return html`<${NotFound} />`;
  return html`<div class="hw-stack">
    <section class="hw-card hw-profile-header">
      <${Avatar} name=${member.displayName || member.email} size=${64} />
      <div class="hw-profile-id">
        <h2 class="hw-card-title">${member.displayName}</h2>
        <p class="hw-muted">${member.email} · <span class="hw-badge">${member.role}</span></p>
      </div>
    </section>
    <${Slot} name="admin.user.detail.after" class="hw-stack" props=${{ userId, member }} />
  </div>`;
}

function Overview() {
  const s = useShell();
  const t = s.t;
  const [members, setMembers] = useState(null);
  useEffect(() => {
    api('/api/v1/teams/' + encodeURIComponent(s.team.id)).then((team) => setMembers(team.members.length), () => {});
  }, [s.team?.id]);
  return html`<div class="hw-stack">
    <section class="hw-card">
      <dl class="hw-facts">
        <div><dt>${t('dashboard.team')}</dt><dd>${s.team.name}</dd></div>
        <div><dt>${t('profile.members')}</dt><dd><${Link} href="/admin/users">${members ?? '…'}<//></dd></div>
        <div><dt>${t('dashboard.plugins')}</dt><dd>${s.ready ? loader.booted().length : '…'}</dd></div>
      </dl>
    </section>
    <${Slot} name="admin.dashboard.widgets" class="hw-grid" />
  </div>`;
}

export function AdminPage({ path, rest }) {
  const s = useShell();
  const t = s.t;
  if (!isAdmin()) return html`<${NotFound} />`;
  let body;
  if (rest.length === 0) {
    body = html`<${Overview} />`;
  } else if (rest[0] === 'users' && rest.length === 1) {
    body = html`<section class="hw-card"><${TeamMembers} teamId=${s.team.id} canManage=${true}
      linkTo=${(m) => '/admin/users/' + encodeURIComponent(m.userId)} /></section>`;
  } else if (rest[0] === 'users' && rest.length === 2) {
    body = html`<${Member} userId=${rest[1]} />`;
  } else {
    return html`<${NotFound} />`;
  }
  return html`<div class="hw-page">
    <${PageHeader} title=${t('admin.title')} lead=${t('admin.lead', { team: s.team.name })} />
    <${AdminNav} path=${path} />
    ${body}
  </div>`;
}
