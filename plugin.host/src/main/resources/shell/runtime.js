// The shell's state and services in one place: the hook registry, secureFetch, the plugin loader, the signed-in
// user and team, the language and the FOUC gate. Components re-render through useShell() whenever it changes.

import { useEffect, useState } from 'preact/hooks';
import { ClientHookRegistry } from './registry.js';
import { createSecureFetch } from './secure-fetch.js';
import { PluginLoader, createReporter } from './loader.js';
import { loadTranslations, chooseLanguage, translator, EN, STORAGE_KEY } from './i18n.js';
import { applyTheme } from './theme.js';
import { navigate } from './router.js';

const TEAM_KEY = 'hookwire.team';
const listeners = new Set();
const started = performance.now();

function stored(key) {
  try { return localStorage.getItem(key); } catch { return null; }
}

function store(key, value) {
  try { value == null ? localStorage.removeItem(key) : localStorage.setItem(key, value); } catch { /* private mode */ }
}

export const shell = {
  version: 0,
  user: null,
  teams: [],
  team: null,
  mfaEnabled: false,
  sessionKnown: false,
  ready: false,
  lang: 'en',
  languages: [{ tag: 'en', name: 'English' }],
  maps: { en: EN },
  t: translator({ en: EN }, 'en'),
};

/** Re-renders every component that uses the shell state. */
export function changed() {
  shell.version++;
  for (const l of [...listeners]) l(shell.version);
}

export function useShell() {
  const [, set] = useState(0);
  useEffect(() => {
    listeners.add(set);
    return () => listeners.delete(set);
  }, []);
  return shell;
}

const report = createReporter({
  post: (body) => fetch('/api/v1/client-plugins/failures', {
    method: 'POST', credentials: 'same-origin', keepalive: true,
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  }),
});

export const registry = new ClientHookRegistry({
  budgetMs: () => loader.budgetMs,
  onError: report,
  rank: (plugin) => loader.rank(plugin),
});

/** Every request of the shell carries the chosen team (the server checks that the user is a member). */
function send(request) {
  const team = stored(TEAM_KEY);
  if (team && shell.user && !request.headers.has('X-Hookwire-Tenant')) {
    const headers = new Headers(request.headers);
    headers.set('X-Hookwire-Tenant', team);
    request = new Request(request, { headers });
  }
  return fetch(request);
}

export const secureFetch = createSecureFetch({
  interceptors: () => registry.list('interceptor', 'interceptor'),
  onError: report,
  fetchImpl: send,
  budgetMs: () => loader.budgetMs,
});

export const loader = new PluginLoader({
  registry,
  report,
  fetchList: async () => {
    // a plugin that starts or stops makes the REST stack rebuild itself, which answers 404 or 503 for a few ms, and
    // the change events come exactly then: try again, a bounded number of times, before keeping the old list
    for (let attempt = 1; ; attempt++) {
      let response = null;
      try {
        response = await secureFetch('/api/v1/client-plugins', { headers: { Accept: 'application/json' } });
      } catch (error) {
        if (attempt >= 4) throw error;
      }
      if (response?.ok) return response.json();
      if (response && ![404, 502, 503, 504].includes(response.status)) {
        throw new Error(`GET /api/v1/client-plugins answered ${response.status}`);
      }
      if (attempt >= 4) throw new Error(`GET /api/v1/client-plugins answered ${response?.status ?? 'nothing'}`);
      await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
    }
  },
  extraContext: () => ({ fetch: secureFetch, navigate, t: (key, fallback, vars) => shell.t(key, fallback, vars) }),
});

export { report };

/** An error answer of the API, with its JSON {error, message, details} when it has one. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `the server answered ${status}`);
    Object.assign(this, { status, code: body?.error, details: body?.details });
  }
}

/** JSON over secureFetch: resolves to the parsed body (null for 204), rejects with an ApiError. */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await secureFetch(path, init);
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) {
    // the session ended (expired, signed out elsewhere): the shell goes back to the sign-in page
    if (response.status === 401 && shell.user && !path.startsWith('/api/v1/auth/')) loadSession();
    throw new ApiError(response.status, json);
  }
  return json;
}

/** Reads who is signed in (GET /api/v1/auth/me); a 401 means nobody. */
export async function loadSession() {
  try {
    const me = await api('/api/v1/auth/me');
    shell.user = me.user;
    shell.teams = me.teams || [];
    shell.mfaEnabled = !!me.mfaEnabled;
    // /auth/me ignores the team header (so that signing out always works): the stored choice is applied here
    const chosen = shell.teams.find((t) => t.id === stored(TEAM_KEY));
    if (!chosen) store(TEAM_KEY, null);
    shell.team = chosen || shell.teams.find((t) => t.id === me.currentTeam) || shell.teams[0] || null;
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 401 && e.status !== 403)) console.warn('hookwire: /auth/me', e);
    shell.user = null;
    shell.teams = [];
    shell.team = null;
  }
  shell.sessionKnown = true;
  changed();
}

/** Whether the user administers the current team (its admin or owner): the admin area is theirs. */
export function isAdmin() {
  const role = String(shell.team?.role || '').toLowerCase();
  return role === 'admin' || role === 'owner';
}

export async function chooseTeam(id) {
  store(TEAM_KEY, id);
  await loadSession();
  await loader.refresh(); // the enabled plugins are the team's
}

export async function signedIn() {
  await loadSession();
  await loader.refresh();
}

export async function signOut() {
  try { await api('/api/v1/auth/logout', { method: 'POST' }); } catch (e) { console.warn('hookwire: logout', e); }
  store(TEAM_KEY, null);
  shell.user = null;
  shell.teams = [];
  shell.team = null;
  changed();
  navigate('/login', { replace: true });
  await loader.refresh();
}

export function setLanguage(tag) {
  store(STORAGE_KEY, tag);
  applyLanguage();
}

function applyLanguage() {
  shell.lang = chooseLanguage(shell.languages, stored(STORAGE_KEY), navigator.languages || []);
  shell.t = translator(shell.maps, shell.lang);
  document.documentElement.lang = shell.lang;
  changed();
}

/** Theme and translations go through the plugins' filters; done inside the FOUC gate and after each change. */
async function applyPluginStyles() {
  await applyTheme(registry);
  const { maps, languages } = await loadTranslations(registry, navigator.languages || []);
  shell.maps = maps;
  shell.languages = languages;
  applyLanguage();
}

let restyle = null;

/** Starts the shell: the session, the plugins (FOUC gate), theme and translations, then live changes. */
export async function startShell() {
  const hw = (window.__hookwire = { booted: [], failed: [], firstRenderMs: null, bootMs: null });
  loader.subscribe(() => {
    hw.booted = loader.booted();
    hw.failed = loader.failed();
    if (shell.ready && !restyle) {
      restyle = Promise.resolve().then(applyPluginStyles).finally(() => { restyle = null; changed(); });
    }
  });
  registry.subscribe(() => changed());
  await loadSession(); // first: the list of plugins is the current team's
  await loader.start();
  await applyPluginStyles();
  hw.bootMs = Math.round(performance.now() - started);
  shell.ready = true;
  changed();
  let stop = loader.listen('/api/v1/client-plugins/events');
  // close the stream when the page goes: a stream left to the browser can hold one of its six connections to this
  // host after a reload, and enough of them stall the next page's requests
  window.addEventListener('pagehide', () => { stop(); stop = null; });
  // a page restored from the back/forward cache missed the changes meanwhile: listen again (which re-fetches the
  // list as soon as the stream opens)
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && !stop) stop = loader.listen('/api/v1/client-plugins/events');
  });
}

/** Called once the slots rendered for the first time with the gate open. */
export function markFirstRender() {
  if (window.__hookwire.firstRenderMs != null) return;
  window.__hookwire.firstRenderMs = Math.round(performance.now());
  document.documentElement.dataset.pluginsReady = 'true';
}
