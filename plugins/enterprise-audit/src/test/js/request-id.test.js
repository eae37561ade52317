import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withRequestId } from '../../main/resources/client/request-id.js';

const origin = 'http://localhost:8080';

test('a same-origin request gets X-Request-Id: ea-<uuid>, its other headers and body kept', async () => {
  const request = new Request(`${origin}/api/v1/notes`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title":"x"}',
  });
  const sent = withRequestId(request, origin, () => '123e4567-e89b-12d3-a456-426614174000');
  assert.equal(sent.headers.get('X-Request-Id'), 'ea-123e4567-e89b-12d3-a456-426614174000');
  assert.equal(sent.headers.get('Content-Type'), 'application/json');
  assert.equal(sent.method, 'POST');
  assert.equal(await sent.text(), '{"title":"x"}');
});

test('the real uuid is well formed for the server (RequestIds accepts [A-Za-z0-9][A-Za-z0-9._:-]{0,127})', () => {
  const id = withRequestId(new Request(`${origin}/api/v1/health`), origin).headers.get('X-Request-Id');
  assert.match(id, /^ea-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.notEqual(withRequestId(new Request(`${origin}/x`), origin).headers.get('X-Request-Id'), id);
});

test('another origin gets no header: the request is returned as it was', () => {
  const request = new Request('https://elsewhere.example/api');
  assert.equal(withRequestId(request, origin), request);
});

test('a request that already has an id keeps it', () => {
  const request = new Request(`${origin}/api/v1/health`, { headers: { 'X-Request-Id': 'mine-1' } });
  assert.equal(withRequestId(request, origin), request);
  assert.equal(request.headers.get('X-Request-Id'), 'mine-1');
});

test('ids are shortened for the widget, and times are relative', async () => {
  const { shortIds, ago } = await import('../../main/resources/client/format.js');
  assert.equal(shortIds('team/8b619572-4a67-4fa5-a54d-d8bca9c4bde5'), 'team/8b619572…');
  assert.equal(shortIds('system'), 'system');
  assert.equal(shortIds(null), '');
  const now = Date.parse('2026-11-27T12:00:00Z');
  assert.equal(ago('2026-11-27T11:58:00Z', now, 'en'), '2 minutes ago');
  assert.equal(ago('2026-11-27T11:59:59Z', now, 'en'), '1 second ago');
});
