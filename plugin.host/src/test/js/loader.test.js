import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClientHookRegistry } from '../../main/resources/shell/registry.js';
import { PluginLoader, createReporter } from '../../main/resources/shell/loader.js';

/** A loader over fake modules: modules maps a module URL to its default export. */
function setup(list, modules, budgetMs = 1000) {
  const failures = [];
  const state = { list: { plugins: list, budgetMs } };
  let loader;
  const registry = new ClientHookRegistry({ budgetMs: () => loader.budgetMs, onError: (f) => failures.push(f),
    rank: (p) => loader.rank(p) });
  loader = new PluginLoader({
    registry,
    report: (f) => failures.push(f),
    fetchList: async () => state.list,
    importModule: async (url) => {
      if (!(url in modules)) throw new Error('no module ' + url);
      return { default: modules[url] };
    },
    extraContext: () => ({ fetch: () => {}, navigate: () => {}, t: (k) => k }),
  });
  return { loader, registry, failures, state };
}

const plugin = (id, v = 1) => ({ id, name: id, module: `/client/${id}/${v}/index.js` });

test('boots every plugin with the contract context, then opens the gate', async () => {
  let ctx;
  const { loader } = setup([plugin('a')], { '/client/a/1/index.js': (c) => { ctx = c; } });
  await loader.start();
  assert.deepEqual(loader.booted(), ['a']);
  assert.equal(ctx.pluginId, 'a');
  for (const name of ['registerPage', 'registerWidget', 'registerInterceptor', 'fetch', 'navigate', 't']) {
    assert.equal(typeof ctx[name], 'function', name);
  }
  for (const name of ['addFilter', 'addAction', 'applyFilters', 'doAction']) {
    assert.equal(typeof ctx.hooks[name], 'function', name);
  }
});

test('the gate opens when a plugin throws at boot or never finishes; failures are attributed', async () => {
  const { loader, registry, failures } = setup([plugin('broken'), plugin('hang'), plugin('fine')], {
    '/client/broken/1/index.js': (c) => { c.registerWidget('dashboard.sidebar', () => null); throw new Error('boom'); },
    '/client/hang/1/index.js': (c) => { c.registerWidget('dashboard.sidebar', () => null); return new Promise(() => {}); },
    '/client/fine/1/index.js': (c) => { c.registerWidget('dashboard.sidebar', () => null); },
  }, 30);
  await loader.start();
  assert.deepEqual(loader.booted(), ['fine']);
  assert.deepEqual(loader.failed().sort(), ['broken', 'hang']);
  assert.deepEqual(failures.map((f) => [f.plugin, f.hook, f.kind, f.timedOut]).sort(),
    [['broken', 'boot', 'boot', false], ['hang', 'boot', 'boot', true]]);
  // half a boot is dropped; a plugin that is still booting keeps what it registered
  assert.deepEqual(registry.list('dashboard.sidebar', 'widget').map((w) => w.plugin), ['hang', 'fine']);
});

test('a module without a default export function fails its boot', async () => {
  const { loader, failures } = setup([plugin('x')], { '/client/x/1/index.js': 42 });
  await loader.start();
  assert.deepEqual(loader.failed(), ['x']);
  assert.match(failures[0].error.message, /default export/);
});

test('widgets order by the plugin rank of the list, whatever order the boots finish in', async () => {
  const { loader, registry } = setup([plugin('first'), plugin('second')], {
    '/client/first/1/index.js': async (c) => { await new Promise((r) => setTimeout(r, 10)); c.registerWidget('s', () => null); },
    '/client/second/1/index.js': (c) => { c.registerWidget('s', () => null); },
  });
  await loader.start();
  assert.deepEqual(registry.list('s', 'widget').map((w) => w.plugin), ['first', 'second']);
});

test('a plugin gone from the list is disposed first, then everything it registered goes', async () => {
  const seen = [];
  const { loader, registry, state } = setup([plugin('a'), plugin('b')], {
    '/client/a/1/index.js': (c) => {
      c.registerWidget('s', () => null);
      c.hooks.addFilter('ui:nav:main', (items) => [...items, { id: 'a' }]);
      c.registerInterceptor((r) => r);
      c.registerPage(() => null);
      return () => seen.push(['dispose', registry.list('s', 'widget').length]);
    },
    '/client/b/1/index.js': (c) => { c.registerWidget('s', () => null); },
  });
  await loader.start();
  assert.equal(registry.list('s', 'widget').length, 2);
  state.list = { plugins: [plugin('b')] };
  await loader.refresh();
  assert.deepEqual(seen, [['dispose', 2]]);
  assert.deepEqual(registry.list('s', 'widget').map((w) => w.plugin), ['b']);
  assert.deepEqual(await registry.applyFilters('ui:nav:main', []), []);
  assert.equal(registry.list('interceptor', 'interceptor').length, 0);
  assert.equal(registry.list('page', 'page').length, 0);
  assert.equal(loader.has('a'), false);
});

test('a new module URL (an update in place) unloads the old version and boots the new one', async () => {
  const boots = [];
  const { loader, state } = setup([plugin('a', 1)], {
    '/client/a/1/index.js': () => { boots.push(1); return () => boots.push('disposed 1'); },
    '/client/a/2/index.js': () => { boots.push(2); },
  });
  await loader.start();
  state.list = { plugins: [plugin('a', 2)] };
  await loader.refresh();
  assert.deepEqual(boots, [1, 'disposed 1', 2]);
  assert.deepEqual(loader.booted(), ['a']);
});

test('a plugin that appears later is loaded without touching the others', async () => {
  let aBoots = 0;
  const { loader, state, registry } = setup([plugin('a')], {
    '/client/a/1/index.js': () => { aBoots++; },
    '/client/b/1/index.js': (c) => { c.registerWidget('s', () => null); },
  });
  await loader.start();
  state.list = { plugins: [plugin('a'), plugin('b')] };
  await loader.refresh();
  assert.equal(aBoots, 1);
  assert.deepEqual(registry.list('s', 'widget').map((w) => w.plugin), ['b']);
});

test('after its unload, a late registration of a plugin does nothing', async () => {
  let late;
  const { loader, state, registry } = setup([plugin('a')], { '/client/a/1/index.js': (c) => { late = c; } });
  await loader.start();
  state.list = { plugins: [] };
  await loader.refresh();
  late.registerWidget('s', () => null);
  late.hooks.addFilter('h', (v) => v + 1);
  assert.equal(registry.list('s', 'widget').length, 0);
  assert.equal(await registry.applyFilters('h', 1), 1);
});

test('a dispose function that throws is reported and the plugin is still removed', async () => {
  const { loader, state, registry, failures } = setup([plugin('a')], {
    '/client/a/1/index.js': (c) => { c.registerWidget('s', () => null); return () => { throw new Error('bad dispose'); }; },
  });
  await loader.start();
  state.list = { plugins: [] };
  await loader.refresh();
  assert.deepEqual(failures.map((f) => [f.plugin, f.kind]), [['a', 'dispose']]);
  assert.equal(registry.list('s', 'widget').length, 0);
});

test('a list that cannot be fetched opens the gate with no plugins', async () => {
  const loader = new PluginLoader({ registry: new ClientHookRegistry(), report: () => {},
    fetchList: async () => { throw new Error('offline'); } });
  const error = console.error;
  console.error = () => {};
  try {
    await loader.start();
  } finally {
    console.error = error;
  }
  assert.deepEqual(loader.booted(), []);
});

test('the reporter posts each failure once, with the contract fields, and at most max times', async () => {
  const posted = [];
  const warn = console.warn;
  console.warn = () => {};
  try {
    const report = createReporter({ post: async (b) => posted.push(b), page: () => '/dashboard', max: 3 });
    const error = new TypeError('x is undefined');
    report({ plugin: 'a', hook: 'ui:nav:main', kind: 'filter', error, timedOut: false });
    report({ plugin: 'a', hook: 'ui:nav:main', kind: 'filter', error, timedOut: false });
    report({ plugin: 'a', hook: 'boot', kind: 'boot', error: 'plain string', timedOut: true });
    report({ plugin: 'b', hook: 'h', kind: 'action', error: new Error('1') });
    report({ plugin: 'c', hook: 'h', kind: 'action', error: new Error('2') });
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    console.warn = warn;
  }
  assert.equal(posted.length, 3);
  assert.deepEqual(Object.keys(posted[0]).sort(), ['hook', 'kind', 'message', 'page', 'plugin', 'stack', 'timedOut']);
  assert.equal(posted[0].message, 'TypeError: x is undefined');
  assert.equal(posted[0].page, '/dashboard');
  assert.deepEqual([posted[1].kind, posted[1].timedOut, posted[1].message], ['boot', true, 'plain string']);
});
