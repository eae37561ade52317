// /p/<pluginId>/<...slug>: the page a plugin registered. An unknown or disabled plugin, or one without a page, gets
// the not-found page; so does any path while the plugins are still booting only after the gate opened.

import { html } from 'htm/preact';
import { useShell, registry } from '../runtime.js';
import { Boundary, baseProps } from '../slots.js';
import { NotFound, Spinner } from '../ui.js';

export function PluginPage({ pluginId, slug, path, query }) {
  const s = useShell();
  if (!s.ready) return html`<div class="hw-page"><${Spinner} /></div>`;
  const page = registry.list('page', 'page').find((p) => p.plugin === pluginId);
  if (!page) return html`<${NotFound} />`;
  const props = { ...baseProps(s), slug, path, query };
  // a function is asked each render, so that the title follows the language
  const title = typeof page.value.title === 'function' ? safeTitle(page.value.title, s) : page.value.title;
  if (title) document.title = `${title} · ${s.t('app.name')}`;
  return html`<div class="hw-page hw-plugin-page" data-plugin=${pluginId}>
    <${Boundary} plugin=${pluginId} hook=${'/p/' + pluginId} kind="page" key=${pluginId + ':' + page.seq}>
      <${page.value.component} ...${props} />
    <//>
  </div>`;
}

/** A title function's answer; one that throws leaves the shell's own title (the page itself still renders). */
function safeTitle(title, s) {
  try {
    const value = title(s.t);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
