// The list of notes (and the trash): /p/notes and /p/notes/trash.
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { ago, notesApi } from './api.js';

/** A link that stays in the shell: History API navigation, no reload. */
export function Go({ to, navigate, children, ...rest }) {
  const onClick = (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return html`<a href=${to} onClick=${onClick} ...${rest}>${children}</a>`;
}

export function NoteList({ fetch, navigate, t, trashed }) {
  const api = notesApi(fetch);
  const [notes, setNotes] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(null);

  const load = () => api.list({ trashed }).then((page) => setNotes(page.notes), setError);
  useEffect(() => { setNotes(null); setError(null); load(); }, [trashed]);

  const act = async (id, action) => {
    setBusy(id);
    try {
      await action(id);
      await load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return html`
    <div class="notes-toolbar">
      <h1 class="notes-heading" data-testid="page-title">${trashed ? t('notes.trash', 'Trash') : t('notes.title', 'Notes')}</h1>
      <div class="notes-actions">
        ${trashed
          ? html`<${Go} to="/p/notes" navigate=${navigate} class="notes-button">${t('notes.back', 'All notes')}<//>`
          : html`<${Go} to="/p/notes/trash" navigate=${navigate} class="notes-button notes-quiet"
                   data-testid="notes-trash-link">${t('notes.trash', 'Trash')}<//>
                 <${Go} to="/p/notes/new" navigate=${navigate} class="notes-button notes-primary"
                   data-testid="notes-new">${t('notes.new', 'New note')}<//>`}
      </div>
    </div>
    ${error && html`<p class="notes-error" role="alert">${error.message}</p>`}
    ${notes === null && !error && html`<p class="notes-muted">${t('notes.loading', 'Loading…')}</p>`}
    ${notes && notes.length === 0 && html`
      <div class="notes-empty">
        <p>${trashed ? t('notes.trashEmpty', 'The trash is empty.') : t('notes.none', 'No notes yet.')}</p>
        ${!trashed && html`<${Go} to="/p/notes/new" navigate=${navigate} class="notes-button notes-primary">
          ${t('notes.first', 'Write your first note')}<//>`}
      </div>`}
    ${notes && notes.length > 0 && html`
      <ul class="notes-list" data-testid="notes-list">
        ${notes.map((note) => html`
          <li key=${note.id} class="notes-item" data-testid="notes-item" data-note-id=${note.id}>
            <div class="notes-item-main">
              ${trashed
                ? html`<span class="notes-item-title">${note.title}</span>`
                : html`<${Go} to=${`/p/notes/${note.id}`} navigate=${navigate} class="notes-item-title">
                    ${note.title}<//>`}
              <span class="notes-muted">
                ${note.teamId ? html`<span class="notes-badge">${t('notes.shared', 'Shared')}</span> ` : ''}
                ${trashed ? t('notes.trashed', 'Trashed') : t('notes.edited', 'Edited')}
                ${' '}${ago(trashed ? note.trashedAt : note.updatedAt)}
              </span>
            </div>
            ${trashed && html`
              <div class="notes-actions">
                <button class="notes-button" disabled=${busy === note.id}
                  onClick=${() => act(note.id, api.restore)}>${t('notes.restore', 'Restore')}</button>
                <button class="notes-button notes-danger" disabled=${busy === note.id}
                  onClick=${() => confirm(t('notes.purgeConfirm', 'Delete this note for good?'))
                    && act(note.id, api.purge)}>${t('notes.purge', 'Delete forever')}</button>
              </div>`}
          </li>`)}
      </ul>`}`;
}
