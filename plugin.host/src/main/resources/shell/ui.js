// The shell's building blocks: links, icons, form fields, and the hook that runs a list through a client filter.

import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { registry, shell } from './runtime.js';
import { navigate } from './router.js';

const PATHS = {
  home: 'M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-2-1.2L14.5 3h-4l-.4 2.6a7.6 7.6 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7.6 7.6 0 0 0 2 1.2l.4 2.6h4l.4-2.6a7.6 7.6 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z',
  user: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm-8 9a8 8 0 0 1 16 0',
  users: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 10a7 7 0 0 1 14 0m1-10a3.5 3.5 0 1 0-1-6.8M22 21a6 6 0 0 0-4.5-5.8',
  shield: 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z',
  note: 'M6 3h9l5 5v13H6zM14 3v6h6M9 13h8M9 17h6',
  logout: 'M15 4h4a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1h-4M10 17l5-5-5-5M15 12H3',
  globe: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
  menu: 'M4 6h16M4 12h16M4 18h16',
  chart: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  puzzle: 'M10 4a2 2 0 1 1 4 0v2h4v4h-2a2 2 0 1 0 0 4h2v4h-4v-2a2 2 0 1 0-4 0v2H6v-4H4a2 2 0 1 1 0-4h2V6h4z',
  chevron: 'm6 9 6 6 6-6',
};

export function Icon({ name, size = 18 }) {
  const d = PATHS[name] || PATHS.puzzle;
  return html`<svg class="hw-icon" width=${size} height=${size} viewBox="0 0 24 24" fill="none"
    stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d=${d} /></svg>`;
}

/** A link that navigates client-side. */
export function Link({ href, children, ...rest }) {
  return html`<a href=${href} data-link ...${rest}>${children}</a>`;
}

/**
 * Runs a list through a client filter whenever the registrations change; items a plugin added are tagged with
 * plugin (not enumerable), so that a failure of their component is reported against that plugin.
 */
export function useFiltered(hook, initial, args = [], deps = []) {
  const [items, setItems] = useState(initial);
  useEffect(() => {
    let live = true;
    const known = new Set(initial);
    registry.applyFiltersWith(hook, initial, args, {
      onStep: (plugin, before, after) => {
        if (!Array.isArray(after)) return;
        for (const item of after) {
          if (item && typeof item === 'object' && !known.has(item)) {
            known.add(item);
            try {
              if (!('plugin' in item)) Object.defineProperty(item, 'plugin', { value: plugin, enumerable: false });
            } catch { /* a frozen item stays unattributed */ }
          }
        }
      },
    }).then((value) => { if (live) setItems(Array.isArray(value) ? value.filter(validItem) : initial); });
    return () => { live = false; };
  }, [shell.version, ...deps]);
  return items;
}

function validItem(item) {
  return item && typeof item === 'object' && typeof item.id === 'string' && item.id;
}

/** Items in their declared order (order, then as given). */
export function byOrder(items) {
  return items.map((item, i) => [item, i]).sort((a, b) =>
    (Number(a[0].order) || 0) - (Number(b[0].order) || 0) || a[1] - b[1]).map(([item]) => item);
}

export function Field({ label, hint, error, testid, ...input }) {
  return html`<label class="hw-field">
    <span class="hw-label">${label}</span>
    <input class="hw-input" data-testid=${testid} aria-invalid=${error ? 'true' : 'false'} ...${input} />
    ${hint && !error ? html`<span class="hw-hint">${hint}</span>` : null}
  </label>`;
}

export function Alert({ kind = 'error', children }) {
  if (!children) return null;
  return html`<div class=${'hw-alert hw-alert-' + kind} role=${kind === 'error' ? 'alert' : 'status'}>${children}</div>`;
}

export function Spinner({ label }) {
  return html`<div class="hw-loading" aria-busy="true"><span class="hw-spinner"></span>${label || shell.t('common.loading')}</div>`;
}

export function Avatar({ name, size = 40 }) {
  const initials = String(name || '?').trim().split(/\s+/).slice(0, 2).map((w) => w[0]).join('').toUpperCase();
  return html`<span class="hw-avatar" style=${`width:${size}px;height:${size}px;font-size:${Math.round(size / 2.6)}px`}
    aria-hidden="true">${initials}</span>`;
}

export function PageHeader({ title, lead, children }) {
  return html`<header class="hw-page-header">
    <div>
      <h1 class="hw-page-title" data-testid="page-title">${title}</h1>
      ${lead ? html`<p class="hw-lead">${lead}</p>` : null}
    </div>
    ${children ? html`<div class="hw-page-actions">${children}</div>` : null}
  </header>`;
}

export function NotFound() {
  const t = shell.t;
  return html`<div class="hw-not-found" data-testid="not-found">
    <div class="hw-not-found-code">404</div>
    <h1 data-testid="page-title">${t('notFound.title')}</h1>
    <p class="hw-lead">${t('notFound.lead')}</p>
    <a class="hw-button hw-button-primary" href="/dashboard" data-link>${t('notFound.home')}</a>
  </div>`;
}

export function go(path) {
  return (event) => { event.preventDefault(); navigate(path); };
}
