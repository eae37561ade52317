// A widget that throws while rendering (the shell replaces it with its error box, reported as kind `widget`, hook
// dashboard.main.bottom) next to one that renders; the page around them must stay.
import { html } from 'htm/preact';

function Throws() {
  throw new Error('client-widget-throws renders badly on purpose');
}

function Works() {
  return html`<p data-testid="client-widget-works">This widget works.</p>`;
}

export default function widgets(ctx) {
  ctx.registerWidget('dashboard.main.bottom', Throws, { priority: 1, title: 'Throws' });
  ctx.registerWidget('dashboard.main.bottom', Works, { priority: 2, title: 'Works' });
}
