// The enterprise-audit plugin in the browser: the latest audit events on the admin dashboard, and an interceptor
// that gives every API call of the page a request id (X-Request-Id: ea-<uuid>), which the server logs and keeps
// in the audit trail, so that an operator can tie what a person did in the browser to the server's records.
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { ago, shortIds } from './format.js';
import { withRequestId } from './request-id.js';

export default function enterpriseAudit(ctx) {
  const { t } = ctx;
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = new URL('./audit.css', import.meta.url).href;
  document.head.appendChild(stylesheet);

  ctx.registerInterceptor((request) => withRequestId(request, location.origin), { priority: 1 });

  function LatestEvents({ fetch, user }) {
    const who = (actor) => (user && actor === user.id ? t('audit.you', 'you') : shortIds(actor) || '—');
    const [events, setEvents] = useState(null);
    const [error, setError] = useState(null);
    const load = async () => {
      try {
        const response = await fetch('/api/v1/audit/events?limit=8', { headers: { Accept: 'application/json' } });
        const body = await response.json().catch(() => null);
        if (!response.ok) throw new Error(describe(response.status, body));
        setEvents(body.events);
        setError(null);
      } catch (e) {
        setError(e);
      }
    };
    useEffect(() => { load(); }, []);
    return html`
      <div class="audit-widget" data-testid="audit-events">
        <div class="audit-head">
          <h2 class="audit-title">${t('audit.latest', 'Latest audit events')}</h2>
          <button type="button" class="audit-refresh" onClick=${load}
            aria-label=${t('audit.refresh', 'Refresh')}>↻</button>
        </div>
        ${error && html`<p class="audit-muted" role="alert">${error.message}</p>`}
        ${events === null && !error && html`<p class="audit-muted">${t('audit.loading', 'Loading…')}</p>`}
        ${events && events.length === 0 && html`<p class="audit-muted">${t('audit.none', 'Nothing recorded yet.')}</p>`}
        ${events && events.length > 0 && html`
          <ul class="audit-list">
            ${events.map((e) => html`
              <li key=${e.id} class="audit-row" data-testid="audit-event"
                data-request-id=${e.requestId || ''}>
                <div class="audit-line">
                  <code class="audit-hook">${e.hook}</code>
                  <time class="audit-when" datetime=${e.at} title=${new Date(e.at).toLocaleString()}>${ago(e.at)}</time>
                </div>
                <div class="audit-meta" title=${[e.actor, e.resource, e.requestId].filter(Boolean).join(' · ')}>
                  ${t('audit.by', 'by')} ${who(e.actor)}${e.resource ? ` · ${shortIds(e.resource)}` : ''}
                </div>
              </li>`)}
          </ul>`}
      </div>`;
  }

  function describe(status, body) {
    if (status === 401) return t('audit.signIn', 'Sign in to read the audit trail.');
    if (status === 403) return t('audit.forbidden', 'Reading the audit trail needs the ability audit:read.');
    return (body && body.message) || `HTTP ${status}`;
  }

  // no title option: the widget draws its own heading, with its refresh button
  ctx.registerWidget('admin.dashboard.widgets', LatestEvents);
  return () => stylesheet.remove();
}
