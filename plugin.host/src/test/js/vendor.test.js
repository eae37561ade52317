import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';

test('the build unpacked the UI library into shell/vendor', () => {
  for (const f of ['preact/dist/preact.module.js', 'preact/hooks/dist/hooks.module.js', 'htm/dist/htm.module.js',
    'htm/preact/index.module.js']) {
    assert.ok(existsSync(new URL('../../../target/classes/shell/vendor/' + f, import.meta.url)), f);
  }
});
