// The notes plugin in the browser: its page /p/notes/..., a "Recent notes" widget on the dashboard's sidebar, and
// an item in the main navigation. A plain ES module: Preact and htm come from the shell's import map.
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { ago, notesApi } from './api.js';
import { NoteEditor } from './editor.js';
import { Go, NoteList } from './list.js';
import { french } from './i18n.js';

export default function notes(ctx) {
  const { t } = ctx;
  const stylesheet = addStylesheet(new URL('./notes.css', import.meta.url).href);

  function NotesPage({ slug, team, fetch, navigate }) {
    const [first, ...rest] = slug;
    let content;
    if (first === undefined) content = html`<${NoteList} fetch=${fetch} navigate=${navigate} t=${t} />`;
    else if (first === 'trash' && rest.length === 0) {
      content = html`<${NoteList} trashed fetch=${fetch} navigate=${navigate} t=${t} />`;
    } else if (first === 'new' && rest.length === 0) {
      content = html`<${NoteEditor} key="new" team=${team} fetch=${fetch} navigate=${navigate} t=${t} />`;
    } else if (rest.length === 0) {
      content = html`<${NoteEditor} key=${first} id=${first} team=${team} fetch=${fetch} navigate=${navigate} t=${t} />`;
    } else {
      content = html`<p class="notes-error">${t('notes.notFound', 'There is no such page in Notes.')}</p>
        <${Go} to="/p/notes" navigate=${navigate}>${t('notes.back', 'All notes')}<//>`;
    }
    return html`<div class="notes-page">${content}</div>`;
  }

  function RecentNotes({ user, fetch, navigate }) {
    const [notes, setNotes] = useState(null);
    const [error, setError] = useState(null);
    useEffect(() => {
      if (!user) return;
      notesApi(fetch).list({ limit: 5 }).then((page) => setNotes(page.notes), setError);
    }, [user && user.id]);
    if (!user) return null;
    return html`
      <div class="notes-widget" data-testid="recent-notes">
        <div class="notes-toolbar">
          <h2 class="notes-subheading">${t('notes.recent', 'Recent notes')}</h2>
          <${Go} to="/p/notes/new" navigate=${navigate} class="notes-link-button"
            aria-label=${t('notes.new', 'New note')}>+ ${t('notes.newShort', 'New')}<//>
        </div>
        ${error && html`<p class="notes-error">${error.message}</p>`}
        ${notes === null && !error && html`<p class="notes-muted">${t('notes.loading', 'Loading…')}</p>`}
        ${notes && notes.length === 0 && html`<p class="notes-muted">${t('notes.none', 'No notes yet.')}</p>`}
        ${notes && notes.length > 0 && html`
          <ul class="notes-recent">
            ${notes.map((note) => html`
              <li key=${note.id}>
                <${Go} to=${`/p/notes/${note.id}`} navigate=${navigate}>${note.title}<//>
                <span class="notes-muted">${ago(note.updatedAt)}</span>
              </li>`)}
          </ul>`}
        <${Go} to="/p/notes" navigate=${navigate} class="notes-more">${t('notes.all', 'All notes →')}<//>
      </div>`;
  }

  ctx.registerPage(NotesPage, { title: (translate) => translate('notes.title', 'Notes') });
  // no title option: the widget draws its own heading, with its "New" link
  ctx.registerWidget('dashboard.sidebar', RecentNotes);
  ctx.hooks.addFilter('ui:nav:main', (items, context) => context && context.user
    ? [...items, { id: 'notes', label: t('notes.title', 'Notes'), href: '/p/notes', icon: 'note', order: 20 }]
    : items);
  ctx.hooks.addFilter('ui:i18n:translations', (map, lang) => lang === 'fr' ? { ...map, ...french } : map);

  return () => stylesheet.remove();
}

/** The plugin's own styles, from its module folder; removed again when the plugin is unloaded. */
function addStylesheet(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.plugin = 'notes';
  document.head.appendChild(link);
  return link;
}
