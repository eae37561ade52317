import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClientHookRegistry, TimeoutError } from '../../main/resources/shell/registry.js';

function registry(options = {}) {
  const failures = [];
  const ranks = options.ranks || {};
  const r = new ClientHookRegistry({
    budgetMs: options.budgetMs ?? 1000,
    onError: (f) => failures.push(f),
    rank: (p) => (p in ranks ? ranks[p] : Number.MAX_SAFE_INTEGER),
  });
  return { r, failures };
}

const append = (tag) => (list) => [...list, tag];

test('filters run by priority, then plugin rank, then registration order', async () => {
  const { r } = registry({ ranks: { a: 0, b: 1 } });
  r.addFilter('b', 'h', append('b10-first'));
  r.addFilter('a', 'h', append('a10'));
  r.addFilter('b', 'h', append('b5'), 5);
  r.addFilter('b', 'h', append('b10-second'));
  r.addFilter('a', 'h', append('a20'), 20);
  assert.deepEqual(await r.applyFilters('h', []), ['b5', 'a10', 'b10-first', 'b10-second', 'a20']);
});

test('the rank is read when the hook runs, so a re-ordered plugin list re-orders its callbacks', async () => {
  const ranks = { a: 0, b: 1 };
  const { r } = registry({ ranks });
  r.addFilter('a', 'h', append('a'));
  r.addFilter('b', 'h', append('b'));
  assert.deepEqual(await r.applyFilters('h', []), ['a', 'b']);
  ranks.a = 2;
  assert.deepEqual(await r.applyFilters('h', []), ['b', 'a']);
});

test('filters get the extra arguments', async () => {
  const { r } = registry();
  r.addFilter('a', 'h', (v, x, y) => v + x + y);
  assert.equal(await r.applyFilters('h', 1, 2, 3), 6);
});

test('a filter that throws or rejects is reported and its input passes on unchanged', async () => {
  const { r, failures } = registry({ ranks: { a: 0, b: 1, c: 2 } });
  r.addFilter('a', 'h', () => { throw new Error('boom'); });
  r.addFilter('b', 'h', async () => { throw new Error('async boom'); });
  r.addFilter('c', 'h', append('c'));
  assert.deepEqual(await r.applyFilters('h', ['start']), ['start', 'c']);
  assert.deepEqual(failures.map((f) => [f.plugin, f.hook, f.kind, f.error.message, f.timedOut]),
    [['a', 'h', 'filter', 'boom', false], ['b', 'h', 'filter', 'async boom', false]]);
});

test('a filter that returns undefined is a failure and the value passes on', async () => {
  const { r, failures } = registry();
  r.addFilter('a', 'h', (v) => { v.push('mutated-but-not-returned'); });
  r.addFilter('b', 'h', (v) => v.length);
  assert.equal(await r.applyFilters('h', []), 1);
  assert.equal(failures.length, 1);
  assert.equal(failures[0].plugin, 'a');
  assert.match(failures[0].error.message, /undefined/);
});

test('null and false are structured values a filter may return', async () => {
  const { r, failures } = registry();
  r.addFilter('a', 'h', () => null);
  assert.equal(await r.applyFilters('h', 'x'), null);
  assert.equal(failures.length, 0);
});

test('a filter that never resolves is cut off by its budget, reported as timed out, and the value passes on', async () => {
  const { r, failures } = registry({ budgetMs: 20 });
  r.addFilter('slow', 'h', () => new Promise(() => {}));
  r.addFilter('fast', 'h', async (v) => v + 1);
  assert.equal(await r.applyFilters('h', 1), 2);
  assert.equal(failures.length, 1);
  assert.equal(failures[0].plugin, 'slow');
  assert.equal(failures[0].timedOut, true);
  assert.ok(failures[0].error instanceof TimeoutError);
});

test('actions run in order; a throwing, rejecting or hanging action does not stop the next', async () => {
  const { r, failures } = registry({ budgetMs: 20, ranks: { a: 0, b: 1 } });
  const seen = [];
  r.addAction('b', 'act', (x) => seen.push('b:' + x));
  r.addAction('a', 'act', () => { throw new Error('a failed'); }, 1);
  r.addAction('a', 'act', () => Promise.reject(new Error('a rejected')), 2);
  r.addAction('a', 'act', () => new Promise(() => {}), 3);
  r.addAction('a', 'act', (x) => seen.push('a:' + x));
  await r.doAction('act', 7);
  assert.deepEqual(seen, ['a:7', 'b:7']);
  assert.deepEqual(failures.map((f) => [f.plugin, f.kind, f.timedOut]),
    [['a', 'action', false], ['a', 'action', false], ['a', 'action', true]]);
});

test('the unregister function removes only that callback, and twice is harmless', async () => {
  const { r } = registry();
  const off = r.addFilter('a', 'h', append('one'));
  r.addFilter('a', 'h', append('two'));
  off();
  off();
  assert.deepEqual(await r.applyFilters('h', []), ['two']);
});

test('removeAll drops every kind of contribution of that plugin and keeps the others', async () => {
  const { r } = registry();
  r.addFilter('a', 'h', append('a'));
  r.addAction('a', 'act', () => {});
  r.register('a', 'dashboard.sidebar', 'widget', () => null);
  r.addFilter('b', 'h', append('b'));
  r.register('b', 'dashboard.sidebar', 'widget', () => null);
  let changes = 0;
  r.subscribe(() => changes++);
  r.removeAll('a');
  assert.deepEqual(await r.applyFilters('h', []), ['b']);
  assert.equal(r.list('act', 'action').length, 0);
  assert.deepEqual(r.list('dashboard.sidebar', 'widget').map((e) => e.plugin), ['b']);
  assert.equal(changes, 1);
});

test('bad registrations are refused at once with a clear message', () => {
  const { r } = registry();
  assert.throws(() => r.addFilter('a', 'h', 'not a function'), /must be a function/);
  assert.throws(() => r.addFilter('a', '', () => 1), /hook must be/);
  assert.throws(() => r.addFilter('a', 'h', () => 1, 'high'), /priority must be a number/);
});

test('an error handler that throws does not break the hook', async () => {
  const r = new ClientHookRegistry({ onError: () => { throw new Error('handler'); } });
  r.addFilter('a', 'h', () => { throw new Error('x'); });
  r.addFilter('b', 'h', (v) => v + 1);
  const error = console.error;
  console.error = () => {};
  try {
    assert.equal(await r.applyFilters('h', 1), 2);
  } finally {
    console.error = error;
  }
});

test('applyFiltersWith tells which plugin produced each step', async () => {
  const { r } = registry({ ranks: { a: 0, b: 1 } });
  r.addFilter('a', 'h', append('x'));
  r.addFilter('b', 'h', append('y'));
  const steps = [];
  await r.applyFiltersWith('h', [], [], { onStep: (plugin, before, after) => steps.push([plugin, after.length]) });
  assert.deepEqual(steps, [['a', 1], ['b', 2]]);
});
