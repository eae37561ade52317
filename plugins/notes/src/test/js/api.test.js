import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, ago, attachmentUrl, bytes, notesApi } from '../../main/resources/client/api.js';

/** A fetch that records its calls and answers with the given status and JSON body. */
function fakeFetch(status, body) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body),
      { status, headers: body === undefined ? {} : { 'Content-Type': 'application/json' } });
  };
  return { fetch, calls };
}

test('list, create, update, trash, restore and purge call the notes REST API', async () => {
  const { fetch, calls } = fakeFetch(200, { notes: [], limit: 50, offset: 0 });
  const api = notesApi(fetch);
  assert.deepEqual(await api.list(), { notes: [], limit: 50, offset: 0 });
  await api.list({ trashed: true, limit: 5 });
  await api.create({ title: 'T', body: 'B', shared: false });
  await api.update('n 1', { title: 'T2' });
  await api.trash('n1');
  await api.restore('n1');
  await api.purge('n1');
  assert.deepEqual(calls.map((c) => `${c.init.method || 'GET'} ${c.url}`), [
    'GET /api/v1/notes?trashed=false&limit=50',
    'GET /api/v1/notes?trashed=true&limit=5',
    'POST /api/v1/notes',
    'PUT /api/v1/notes/n%201',
    'DELETE /api/v1/notes/n1',
    'POST /api/v1/notes/n1/restore',
    'POST /api/v1/notes/n1/purge',
  ]);
  assert.equal(calls[2].init.headers['Content-Type'], 'application/json');
  assert.deepEqual(JSON.parse(calls[2].init.body), { title: 'T', body: 'B', shared: false });
});

test('an upload is multipart/form-data with the file as its first part', async () => {
  const { fetch, calls } = fakeFetch(201, { name: 'a.txt', size: 2 });
  await notesApi(fetch).upload('n1', new File(['hi'], 'a.txt', { type: 'text/plain' }));
  assert.equal(calls[0].url, '/api/v1/notes/n1/attachments');
  assert.ok(calls[0].init.body instanceof FormData);
  assert.equal(calls[0].init.body.get('file').name, 'a.txt');
  assert.equal(calls[0].init.headers['Content-Type'], undefined, 'the browser sets the boundary');
});

test('an error answer becomes an ApiError with the server message; 204 is null', async () => {
  const bad = fakeFetch(400, { error: 'bad_request', message: 'a note needs a title' });
  await assert.rejects(notesApi(bad.fetch).create({ title: '' }),
    (e) => e instanceof ApiError && e.status === 400 && e.message === 'a note needs a title');
  const gone = fakeFetch(204);
  assert.equal(await notesApi(gone.fetch).detach('n1', 'a b.txt'), null);
  assert.equal(gone.calls[0].url, '/api/v1/notes/n1/attachments/a%20b.txt');
});

test('attachment URLs, sizes and relative times', () => {
  assert.equal(attachmentUrl('n1', 'r/é.pdf'), '/api/v1/notes/n1/attachments/r%2F%C3%A9.pdf');
  assert.equal(bytes(512), '512 B');
  assert.equal(bytes(2048), '2.0 KB');
  assert.equal(bytes(3 * 1024 * 1024), '3.0 MB');
  assert.equal(ago(new Date(Date.now() - 3 * 60_000).toISOString(), 'en'), '3 minutes ago');
  assert.equal(ago(new Date(Date.now() - 2 * 86_400_000).toISOString(), 'en'), '2 days ago');
  assert.equal(ago(null), '');
});
