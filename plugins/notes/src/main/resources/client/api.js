// The notes REST API (see the plugin's README), through the shell's secureFetch so that every interceptor runs.

/** An error of the API, with its JSON body's message when there is one. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function call(fetch, url, init = {}) {
  const response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init.headers || {}) } });
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const json = (method, value) => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(value),
});
const base = '/api/v1/notes';
const one = (id) => `${base}/${encodeURIComponent(id)}`;

export const notesApi = (fetch) => ({
  list: ({ trashed = false, limit = 50 } = {}) => call(fetch, `${base}?trashed=${trashed}&limit=${limit}`),
  get: (id) => call(fetch, one(id)),
  create: (note) => call(fetch, base, json('POST', note)),
  update: (id, note) => call(fetch, one(id), json('PUT', note)),
  trash: (id) => call(fetch, one(id), { method: 'DELETE' }),
  restore: (id) => call(fetch, `${one(id)}/restore`, { method: 'POST' }),
  purge: (id) => call(fetch, `${one(id)}/purge`, { method: 'POST' }),
  attachments: (id) => call(fetch, `${one(id)}/attachments`),
  /** multipart/form-data: the browser sets the boundary; the server stores the first file part. */
  upload: (id, file) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return call(fetch, `${one(id)}/attachments`, { method: 'POST', body: form });
  },
  detach: (id, name) => call(fetch, attachmentUrl(id, name), { method: 'DELETE' }),
});

/** A plain link downloads it: the session cookie goes with it, and the server answers Content-Disposition. */
export const attachmentUrl = (id, name) => `${one(id)}/attachments/${encodeURIComponent(name)}`;

/** "3 minutes ago", in the page's language. */
export function ago(iso, lang) {
  if (!iso) return '';
  const seconds = Math.round((Date.parse(iso) - Date.now()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lang || undefined, { numeric: 'auto' });
  const steps = [[60, 'second'], [60, 'minute'], [24, 'hour'], [7, 'day'], [4.35, 'week'], [12, 'month']];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (Math.abs(value) < size) return rtf.format(Math.round(value), unit);
    value /= size;
  }
  return rtf.format(Math.round(value), 'year');
}

export function bytes(size) {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
