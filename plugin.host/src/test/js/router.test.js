import { test } from 'node:test';
import assert from 'node:assert/strict';
import { match } from '../../main/resources/shell/router.js';

test('route patterns: exact segments, parameters and the rest of the path', () => {
  assert.deepEqual(match('/dashboard', '/dashboard'), {});
  assert.equal(match('/dashboard', '/dashboard/x'), null);
  assert.deepEqual(match('/teams/:id', '/teams/t%201'), { id: 't 1' });
  assert.equal(match('/teams/:id', '/teams'), null);
  assert.deepEqual(match('/p/:plugin/*', '/p/notes/a/b%2Fc'), { plugin: 'notes', rest: ['a', 'b/c'] });
  assert.deepEqual(match('/p/:plugin/*', '/p/notes'), { plugin: 'notes', rest: [] });
  assert.equal(match('/p/:plugin/*', '/p'), null);
  assert.deepEqual(match('/admin/*', '/admin'), { rest: [] });
  assert.deepEqual(match('/admin/*', '/admin/users/u1'), { rest: ['users', 'u1'] });
});
