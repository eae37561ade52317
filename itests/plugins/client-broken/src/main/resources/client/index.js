// Throws while booting: the shell records a `boot` failure for test-client-broken, reports it to the server, and
// renders the rest of the page. The widget registered before the throw must not show (a failed boot is unloaded).
import { html } from 'htm/preact';

export default function broken(ctx) {
  ctx.registerWidget('dashboard.main.bottom', () => html`<p data-testid="client-broken-widget">should not show</p>`);
  throw new Error('client-broken fails at boot on purpose');
}
