// Registers a widget, then never finishes booting: the FOUC gate must still open once this plugin's budget
// (budgetMs of GET /api/v1/client-plugins) has run out, and the failure is reported as a boot timeout.
import { html } from 'htm/preact';

export default function hang(ctx) {
  ctx.registerWidget('dashboard.main.bottom', () => html`<p data-testid="client-hang-widget">Registered before hanging.</p>`);
  window.__clientHangBooting = true;
  return new Promise(() => {});
}
