// The user-greeter plugin in the browser: a greeting at the top of the dashboard (through the plugin's own
// GET /api/v1/greeter/greet, so its server-side filters have their say), and French for the whole shell
// through the ui:i18n:translations filter.
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { initials, nameOf, partOfDay } from './day.js';
import { french } from './fr.js';

export default function userGreeter(ctx) {
  const { t } = ctx;
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = new URL('./greeter.css', import.meta.url).href;
  document.head.appendChild(stylesheet);

  function Greeting({ user, fetch }) {
    const name = nameOf(user);
    const [answer, setAnswer] = useState(null);
    const [error, setError] = useState(null);
    useEffect(() => {
      if (!name) return;
      fetch(`/api/v1/greeter/greet?name=${encodeURIComponent(name)}`, { headers: { Accept: 'application/json' } })
        .then(async (response) => {
          const body = await response.json();
          if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
          setAnswer(body);
        })
        .catch(setError);
    }, [name]);
    if (!name) return null;
    const part = partOfDay(new Date().getHours());
    const fallback = { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' }[part];
    return html`
      <div class="greeter-card" data-testid="greeting">
        <div class="greeter-avatar" aria-hidden="true">${initials(name)}</div>
        <div>
          <h2 class="greeter-headline">${t('greeter.headline', '{greeting}, {name}!',
            { greeting: t(`greeter.${part}`, fallback), name })}</h2>
          ${answer && html`<p class="greeter-message" data-testid="greeting-message">${answer.message}</p>`}
          ${error && html`<p class="greeter-message">${t('greeter.unavailable', 'The greeting is not available.')}</p>`}
        </div>
      </div>`;
  }

  ctx.registerWidget('dashboard.main.top', Greeting, { priority: 5 });
  // French: the shell's keys and the greeter's own; other plugins add theirs for 'fr' on the same filter
  ctx.hooks.addFilter('ui:i18n:translations', (map, lang) => lang === 'fr' ? { ...map, ...french } : map);
  return () => stylesheet.remove();
}
