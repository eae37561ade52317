// Client-side navigation on the History API. Links with data-link, the shell's <Link>, and any same-origin link to
// a shell route are followed without a reload; the back button (popstate) works as usual.

const listeners = new Set();

/** The path prefixes the shell answers (the host serves the shell's page there). */
const SHELL_ROUTES = /^\/(login|register|forgot-password|reset-password|dashboard|settings|profile|teams|admin|p)(\/|$|\?)|^\/$/;

export function currentLocation() {
  return { path: location.pathname, query: Object.fromEntries(new URLSearchParams(location.search)) };
}

export function navigate(to, { replace = false } = {}) {
  const url = new URL(String(to), location.href);
  if (url.origin !== location.origin) {
    location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  if (target !== location.pathname + location.search + location.hash) {
    history[replace ? 'replaceState' : 'pushState'](null, '', target);
  }
  if (!url.hash) window.scrollTo(0, 0);
  notify();
}

export function onNavigate(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const l of [...listeners]) l(currentLocation());
}

/** Installs the listeners once: popstate, and clicks on links that stay in the shell. */
export function startRouter() {
  window.addEventListener('popstate', notify);
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const a = event.target.closest && event.target.closest('a[href]');
    if (!a || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) return;
    if (!a.hasAttribute('data-link') && !SHELL_ROUTES.test(url.pathname)) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}

/** Matches a path against a pattern like '/teams/:id' or '/p/:plugin/*'; returns the params or null. */
export function match(pattern, path) {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  const params = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '*') {
      params.rest = s.slice(i).map(decodeURIComponent);
      return params;
    }
    if (i >= s.length) return null;
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return s.length === p.length ? params : null;
}
