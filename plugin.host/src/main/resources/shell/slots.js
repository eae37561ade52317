// Slots: the places where plugins' widgets go. Each slot renders its widgets in (priority, plugin rank, sequence)
// order, each inside its own error boundary, and only once the FOUC gate is open.

import { html } from 'htm/preact';
import { Component } from 'preact';
import { shell, useShell, registry, report, secureFetch } from './runtime.js';
import { navigate } from './router.js';

/** Catches what a plugin's component throws while rendering, and shows a small error box in its place. */
export class Boundary extends Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch(error) {
    report({ plugin: this.props.plugin, hook: this.props.hook, kind: this.props.kind, error, timedOut: false });
    this.setState({ error });
  }

  render({ children, plugin, kind }, { error }) {
    if (!error) return children;
    const t = shell.t; // a class component: the state directly, not through the hook
    return html`<div class="hw-widget-error" role="alert" data-plugin=${plugin}>
      <strong>${t(kind === 'page' ? 'page.failed' : 'widget.failed', { plugin })}</strong>
      <span class="hw-muted">${String(error && error.message || error).slice(0, 200)}</span>
    </div>`;
  }
}

/** The props every plugin component gets. */
export function baseProps(s) {
  return { user: s.user, team: s.team, navigate, fetch: secureFetch, t: s.t };
}

/**
 * A slot. Widgets get {slot, user, team, navigate, fetch, t, ...props}.
 * @param {{name: string, props?: object, class?: string, quiet?: boolean}} p quiet: no skeleton while loading
 */
export function Slot({ name, props = {}, class: cls = '', quiet = false }) {
  const s = useShell();
  if (!s.ready && quiet) return html`<div class=${'hw-slot ' + cls} data-slot=${name} aria-busy="true"></div>`;
  if (!s.ready) {
    return html`<div class=${'hw-slot hw-slot-loading ' + cls} data-slot=${name} aria-busy="true">
      <div class="hw-skeleton"></div></div>`;
  }
  const widgets = registry.list(name, 'widget');
  const common = { ...baseProps(s), ...props, slot: name };
  return html`<div class=${'hw-slot ' + cls} data-slot=${name}>
    ${widgets.map((w) => html`<section class="hw-widget" data-plugin=${w.plugin} data-slot=${name}
        key=${w.plugin + ':' + w.seq}>
      ${w.value.title ? html`<h3 class="hw-widget-title">${w.value.title}</h3>` : null}
      <${Boundary} plugin=${w.plugin} hook=${name} kind="widget">
        <${w.value.component} ...${common} />
      <//>
    </section>`)}
  </div>`;
}
