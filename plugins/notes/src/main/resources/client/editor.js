// One note: /p/notes/new and /p/notes/<id>, with its attachments.
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { ago, attachmentUrl, bytes, notesApi } from './api.js';
import { Go } from './list.js';

export function NoteEditor({ id, team, fetch, navigate, t }) {
  const api = notesApi(fetch);
  const isNew = id === undefined;
  const [note, setNote] = useState(isNew ? { title: '', body: '', shared: false } : null);
  const [error, setError] = useState(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(null);

  useEffect(() => {
    if (isNew) return;
    setNote(null);
    api.get(id).then((n) => setNote({ ...n, shared: Boolean(n.teamId) }), setError);
  }, [id]);

  const change = (field) => (event) => {
    const value = event.target.type === 'checkbox' ? event.target.checked : event.target.value;
    setNote({ ...note, [field]: value });
    setSaved(null);
  };

  const save = async (event) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const input = { title: note.title, body: note.body, shared: note.shared };
      const stored = isNew ? await api.create(input) : await api.update(id, input);
      setSaved(new Date().toISOString());
      if (isNew) navigate(`/p/notes/${stored.id}`);
      else setNote({ ...stored, shared: Boolean(stored.teamId) });
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const trash = async () => {
    try {
      await api.trash(id);
      navigate('/p/notes');
    } catch (e) {
      setError(e);
    }
  };

  if (!note) {
    return error
      ? html`<p class="notes-error" role="alert">${error.message}</p>
             <${Go} to="/p/notes" navigate=${navigate}>${t('notes.back', 'All notes')}<//>`
      : html`<p class="notes-muted">${t('notes.loading', 'Loading…')}</p>`;
  }
  return html`
    <form class="notes-editor" onSubmit=${save} data-testid="notes-editor">
      <div class="notes-toolbar">
        <${Go} to="/p/notes" navigate=${navigate} class="notes-back">← ${t('notes.back', 'All notes')}<//>
        <div class="notes-actions">
          ${saved && html`<span class="notes-muted" data-testid="notes-saved">${t('notes.saved', 'Saved')}</span>`}
          ${!isNew && html`<button type="button" class="notes-button notes-quiet" onClick=${trash}
            data-testid="notes-trash">${t('notes.moveToTrash', 'Move to trash')}</button>`}
          <button type="submit" class="notes-button notes-primary" disabled=${saving || !note.title.trim()}
            data-testid="notes-save">${saving ? t('notes.saving', 'Saving…') : t('notes.save', 'Save')}</button>
        </div>
      </div>
      ${error && html`<p class="notes-error" role="alert">${error.message}</p>`}
      <input class="notes-title-input" value=${note.title} onInput=${change('title')} maxlength="200" required
        placeholder=${t('notes.titlePlaceholder', 'Title')} aria-label=${t('notes.titleLabel', 'Title')}
        data-testid="notes-title" autofocus=${isNew} />
      <textarea class="notes-body-input" value=${note.body} onInput=${change('body')} rows="12"
        placeholder=${t('notes.bodyPlaceholder', 'Write something…')} aria-label=${t('notes.bodyLabel', 'Body')}
        data-testid="notes-body"></textarea>
      ${(team || note.shared) && html`<label class="notes-check">
        <input type="checkbox" checked=${note.shared} onChange=${change('shared')} data-testid="notes-shared" />
        ${team ? `${t('notes.shareWith', 'Share with')} ${team.name}` : t('notes.shareWithTeam', 'Share with my team')}
      </label>`}
      ${!isNew && html`<p class="notes-muted">${t('notes.edited', 'Edited')} ${ago(note.updatedAt)}</p>`}
    </form>
    ${!isNew && html`<${Attachments} id=${id} fetch=${fetch} t=${t} />`}`;
}

function Attachments({ id, fetch, t }) {
  const api = notesApi(fetch);
  const [files, setFiles] = useState(null);
  const [error, setError] = useState(null);
  const [uploading, setUploading] = useState(false);

  const load = () => api.attachments(id).then((list) => setFiles(list.attachments), setError);
  useEffect(() => { load(); }, [id]);

  const upload = async (event) => {
    const chosen = [...event.target.files];
    event.target.value = '';
    setUploading(true);
    setError(null);
    try {
      for (const file of chosen) await api.upload(id, file);
    } catch (e) {
      setError(e);
    } finally {
      setUploading(false);
      load();
    }
  };
  const remove = (name) => api.detach(id, name).then(load, setError);

  return html`
    <section class="notes-attachments" data-testid="notes-attachments">
      <div class="notes-toolbar">
        <h2 class="notes-subheading">${t('notes.attachments', 'Attachments')}</h2>
        <label class="notes-button">
          ${uploading ? t('notes.uploading', 'Uploading…') : t('notes.attach', 'Attach files')}
          <input type="file" multiple class="notes-file" onChange=${upload} disabled=${uploading}
            data-testid="notes-file" />
        </label>
      </div>
      ${error && html`<p class="notes-error" role="alert">${error.message}</p>`}
      ${files && files.length === 0 && html`<p class="notes-muted">${t('notes.noFiles', 'No files attached.')}</p>`}
      ${files && files.length > 0 && html`
        <ul class="notes-files">
          ${files.map((file) => html`
            <li key=${file.name} class="notes-file-row" data-testid="notes-attachment">
              <a href=${attachmentUrl(id, file.name)} download=${file.name}>${file.name}</a>
              <span class="notes-muted">${bytes(file.size)}</span>
              <button type="button" class="notes-link-button" onClick=${() => remove(file.name)}
                aria-label=${`${t('notes.remove', 'Remove')} ${file.name}`}>${t('notes.remove', 'Remove')}</button>
            </li>`)}
        </ul>`}
    </section>`;
}
