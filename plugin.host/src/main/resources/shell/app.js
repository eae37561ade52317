// The shell's entry: starts the runtime (session, plugins behind the FOUC gate, theme, translations, live changes)
// and renders the page of the current route. The chrome renders at once; slots and plugin pages wait for the gate.

import { html } from 'htm/preact';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useShell, startShell, markFirstRender } from './runtime.js';
import { startRouter, onNavigate, currentLocation, navigate, match } from './router.js';
import { Layout } from './layout.js';
import { NotFound, Spinner } from './ui.js';
import { LoginPage, RegisterPage, ForgotPasswordPage, ResetPasswordPage } from './pages/auth.js';
import { DashboardPage } from './pages/dashboard.js';
import { SettingsPage } from './pages/settings.js';
import { UserProfilePage, TeamProfilePage } from './pages/profile.js';
import { AdminPage } from './pages/admin.js';
import { PluginPage } from './pages/plugin-page.js';

const PUBLIC = {
  '/login': LoginPage,
  '/register': RegisterPage,
  '/forgot-password': ForgotPasswordPage,
  '/reset-password': ResetPasswordPage,
};

/** The signed-in routes: [pattern, (params, location) => vnode]. */
const ROUTES = [
  ['/dashboard', () => html`<${DashboardPage} />`],
  ['/settings/user', () => html`<${SettingsPage} scope="user" />`],
  ['/settings/user/:tab', (p) => html`<${SettingsPage} scope="user" tab=${p.tab} />`],
  ['/settings/team', () => html`<${SettingsPage} scope="team" />`],
  ['/settings/team/:tab', (p) => html`<${SettingsPage} scope="team" tab=${p.tab} />`],
  ['/profile', () => html`<${UserProfilePage} />`],
  ['/teams/:id', (p) => html`<${TeamProfilePage} teamId=${p.id} />`],
  ['/admin/*', (p, l) => html`<${AdminPage} path=${l.path} rest=${p.rest} />`],
  ['/p/:plugin/*', (p, l) => html`<${PluginPage} pluginId=${p.plugin} slug=${p.rest} path=${l.path}
    query=${l.query} />`],
];

function App() {
  const s = useShell();
  const [loc, setLoc] = useState(currentLocation());
  useEffect(() => onNavigate(setLoc), []);
  const path = loc.path.length > 1 ? loc.path.replace(/\/+$/, '') : loc.path;

  useEffect(() => {
    if (!s.sessionKnown) return;
    if (path === '/') navigate(s.user ? '/dashboard' : '/login', { replace: true });
    else if (path === '/login' && s.user) navigate('/dashboard', { replace: true });
    else if (!PUBLIC[path] && !s.user) {
      navigate('/login?next=' + encodeURIComponent(loc.path + location.search), { replace: true });
    }
  }, [path, s.sessionKnown, s.user]);

  // the gate opened and this render (slots included) is on screen: the next frame is the first with the plugins
  useEffect(() => {
    if (s.ready) requestAnimationFrame(() => markFirstRender());
  }, [s.ready]);

  useEffect(() => {
    document.title = s.t('app.name');
  }, [path, s.lang]);

  if (!s.sessionKnown) return html`<div class="hw-boot"><${Spinner} /></div>`;
  const Public = PUBLIC[path];
  if (Public) return html`<${Public} query=${loc.query} />`;
  if (!s.user) return html`<div class="hw-boot"><${Spinner} /></div>`;
  for (const [pattern, view] of ROUTES) {
    const params = match(pattern, path);
    if (params) return html`<${Layout} path=${path}>${view(params, { ...loc, path })}<//>`;
  }
  return html`<${Layout} path=${path}><${NotFound} /><//>`;
}

startRouter();
render(html`<${App} />`, document.getElementById('app'));
startShell();
