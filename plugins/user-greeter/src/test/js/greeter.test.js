import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initials, nameOf, partOfDay } from '../../main/resources/client/day.js';
import { french } from '../../main/resources/client/fr.js';

test('the part of the day by the hour', () => {
  assert.deepEqual([0, 4, 5, 11, 12, 17, 18, 23].map(partOfDay),
    ['evening', 'evening', 'morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
});

test('the name to greet', () => {
  assert.equal(nameOf({ displayName: ' Ada ', email: 'ada@example.com' }), 'Ada');
  assert.equal(nameOf({ displayName: '', email: 'grace@example.com' }), 'grace');
  assert.equal(nameOf(null), null);
});

test('French names itself, so the shell offers it, and translates the greeter', () => {
  assert.equal(french['language.name'], 'Français');
  for (const key of ['greeter.morning', 'greeter.afternoon', 'greeter.evening']) assert.ok(french[key], key);
});

test('the initials of the avatar', () => {
  assert.equal(initials('Ada Lovelace'), 'AL');
  assert.equal(initials('grace'), 'G');
  assert.equal(initials('Charles Xavier Babbage'), 'CX');
});

test("French covers every key of the shell's English texts, with the same placeholders", async () => {
  // the shell's own module, from plugin.host in this repository: a key added there must be translated here
  const { EN } = await import('../../../../../plugin.host/src/main/resources/shell/i18n.js');
  const placeholders = (text) => (text.match(/\{\w+\}/g) || []).sort();
  for (const [key, english] of Object.entries(EN)) {
    assert.ok(typeof french[key] === 'string' && french[key].trim(), `missing French for ${key}`);
    assert.deepEqual(placeholders(french[key]), placeholders(english), key);
  }
});
