// The chrome around every signed-in page: the top bar with the main navigation ('ui:nav:main') and the user menu
// ('ui:user:menu', with the language picker and sign-out). On small screens the navigation folds into a menu button.

import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useShell, isAdmin, signOut, setLanguage, chooseTeam, loader } from './runtime.js';
import { Icon, Link, Avatar, useFiltered, byOrder } from './ui.js';

function active(path, href) {
  return href === '/dashboard' ? path === href : path === href || path.startsWith(href + '/');
}

function MainNav({ path, open, onPick }) {
  const s = useShell();
  const t = s.t;
  const initial = [{ id: 'dashboard', label: t('nav.dashboard'), href: '/dashboard', icon: 'home', order: 0 }];
  if (isAdmin()) initial.push({ id: 'admin', label: t('nav.admin'), href: '/admin', icon: 'shield', order: 90 });
  const items = byOrder(useFiltered('ui:nav:main', initial, [{ user: s.user, team: s.team }],
    [s.lang, s.team?.id, s.user?.id]));
  return html`<nav class=${'hw-nav' + (open ? ' hw-nav-open' : '')} data-testid="nav-main" aria-label="Main">
    ${items.map((item) => html`<a href=${String(item.href || '#')} data-link data-testid=${'nav-item-' + item.id}
        class=${'hw-nav-item' + (active(path, String(item.href)) ? ' hw-active' : '')} onClick=${onPick}
        key=${item.id}>
      <${Icon} name=${item.icon} /><span>${String(item.label ?? item.id)}</span></a>`)}
  </nav>`;
}

function UserMenu() {
  const s = useShell();
  const t = s.t;
  const [open, setOpen] = useState(false);
  const ref = useRef();
  useEffect(() => {
    const close = (e) => { if (ref.current && !ref.current.contains(e.target)) setOpen(false); };
    const esc = (e) => { if (e.key === 'Escape') setOpen(false); };
    document.addEventListener('click', close);
    document.addEventListener('keydown', esc);
    return () => { document.removeEventListener('click', close); document.removeEventListener('keydown', esc); };
  }, []);
  const initial = [
    { id: 'profile', label: t('menu.profile'), href: '/profile', icon: 'user' },
    { id: 'settings', label: t('menu.settings'), href: '/settings/user', icon: 'settings' },
  ];
  if (s.team) initial.push({ id: 'team', label: t('menu.team'), href: '/settings/team', icon: 'users' });
  if (isAdmin()) initial.push({ id: 'admin', label: t('menu.admin'), href: '/admin', icon: 'shield' });
  const items = byOrder(useFiltered('ui:user:menu', initial, [s.user], [s.lang, s.team?.id, s.user?.id]));
  const name = s.user?.displayName || s.user?.email;
  return html`<div class="hw-user-menu" ref=${ref}>
    <button class="hw-user-button" data-testid="user-menu" aria-haspopup="menu" aria-expanded=${open}
        onClick=${() => setOpen(!open)}>
      <${Avatar} name=${name} size=${32} />
      <span class="hw-user-name">${name}</span><${Icon} name="chevron" size=${16} />
    </button>
    ${open ? html`<div class="hw-menu" role="menu">
      <div class="hw-menu-head"><strong>${name}</strong><span class="hw-muted">${s.user?.email}</span></div>
      ${items.map((item) => html`<a role="menuitem" class="hw-menu-item" href=${String(item.href || '#')} data-link
          data-testid=${'user-menu-item-' + item.id} key=${item.id} onClick=${() => setOpen(false)}>
        <${Icon} name=${item.icon} /><span>${String(item.label ?? item.id)}</span></a>`)}
      ${s.teams.length > 1 ? html`<label class="hw-menu-row"><${Icon} name="users" />
        <select class="hw-select" data-testid="team-picker" value=${s.team?.id}
            onChange=${(e) => chooseTeam(e.target.value)}>
          ${s.teams.map((team) => html`<option value=${team.id}>${team.name}</option>`)}
        </select></label>` : null}
      ${s.languages.length > 1 ? html`<label class="hw-menu-row"><${Icon} name="globe" />
        <select class="hw-select" data-testid="language-picker" aria-label=${t('menu.language')} value=${s.lang}
            onChange=${(e) => setLanguage(e.target.value)}>
          ${s.languages.map((l) => html`<option value=${l.tag}>${l.name}</option>`)}
        </select></label>` : null}
      <button role="menuitem" class="hw-menu-item hw-menu-signout" data-testid="sign-out"
          onClick=${() => { setOpen(false); signOut(); }}>
        <${Icon} name="logout" /><span>${t('menu.signOut')}</span></button>
    </div>` : null}
  </div>`;
}

/** The page frame of a signed-in user. */
export function Layout({ path, children }) {
  const s = useShell();
  const [navOpen, setNavOpen] = useState(false);
  return html`<div class="hw-app">
    <header class="hw-topbar">
      <div class="hw-topbar-inner">
        <button class="hw-nav-toggle" aria-label=${s.t('nav.menu')} aria-expanded=${navOpen}
            onClick=${() => setNavOpen(!navOpen)}><${Icon} name="menu" size=${22} /></button>
        <${Link} href="/dashboard" class="hw-brand"><${BrandMark} size=${28} />
          <span>${s.t('app.name')}</span><//>
        <${MainNav} path=${path} open=${navOpen} onPick=${() => setNavOpen(false)} />
        <div class="hw-topbar-end">
          ${s.team ? html`<span class="hw-team-chip" title=${s.team.role}><${Icon} name="users" size=${14} />${s.team.name}</span>` : null}
          <${UserMenu} />
        </div>
      </div>
    </header>
    ${loader.flags.killSwitch || loader.flags.safeMode ? html`<div class="hw-notice" role="status"
        data-testid="plugins-limited">${s.t(loader.flags.safeMode ? 'notice.safeMode' : 'notice.killSwitch')}</div>` : null}
    <main class="hw-main">${children}</main>
  </div>`;
}

/** The Hookwire mark (as icon.svg), drawn inline so that it takes the theme's primary colour. */
function BrandMark({ size }) {
  return html`<svg viewBox="0 0 32 32" width=${size} height=${size} aria-hidden="true">
    <rect width="32" height="32" rx="8" style="fill: var(--hw-color-primary)" />
    <path d="M10 8v16M22 8v16M10 16h12" style="stroke: var(--hw-color-primary-contrast)" stroke-width="3.2"
      stroke-linecap="round" />
    <circle cx="22" cy="24" r="2.6" style="fill: var(--hw-color-primary-contrast); opacity: 0.6" />
  </svg>`;
}

/** The frame of the sign-in pages: a centred card. */
export function AuthLayout({ children }) {
  const s = useShell();
  return html`<div class="hw-auth">
    <div class="hw-auth-brand"><${BrandMark} size=${36} /><span>${s.t('app.name')}</span></div>
    <div class="hw-auth-card">${children}</div>
    ${s.languages.length > 1 ? html`<label class="hw-auth-lang"><${Icon} name="globe" size=${16} />
      <select class="hw-select" data-testid="language-picker" value=${s.lang} onChange=${(e) => setLanguage(e.target.value)}>
        ${s.languages.map((l) => html`<option value=${l.tag}>${l.name}</option>`)}
      </select></label>` : null}
  </div>`;
}
