// The client plugin loader: fetches the list of client modules, import()s each, calls its default export with the
// plugin context, keeps its dispose function, and follows live changes (server-sent events) by unloading and loading
// plugins without a reload. Pure ES module (no UI library): the shell renders from its state.
//
// The FOUC gate: start() resolves once every listed plugin booted, failed, or ran out of its budget (budgetMs of
// the list, which covers the import and the boot), so that a plugin that never finishes cannot hold the page.

import { withBudget, TimeoutError, DEFAULT_BUDGET_MS } from './registry.js';

const MAX_REPORTS = 50;

/** The text of an error, whatever was thrown. */
export function describe(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try { return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error); } catch { return String(error); }
}

/**
 * A failure reporter: POSTs each failure once per page load (deduplicated by plugin, hook, kind and message) and at
 * most MAX_REPORTS times, so that a widget that fails on every render cannot flood the server.
 */
export function createReporter({ post, page = () => globalThis.location?.pathname, max = MAX_REPORTS }) {
  const seen = new Set();
  return function report({ plugin, hook, kind, error, timedOut }) {
    const message = describe(error).slice(0, 1000);
    const key = [plugin, hook, kind, message].join('\u0000');
    console.warn(`hookwire: plugin '${plugin}' failed (${kind} ${hook})${timedOut ? ' (timed out)' : ''}:`, error);
    if (seen.has(key) || seen.size >= max) return false;
    seen.add(key);
    const body = { plugin, hook: String(hook).slice(0, 200), kind, timedOut: !!timedOut, message };
    if (error && typeof error.stack === 'string') body.stack = error.stack.slice(0, 4000);
    const where = page();
    if (where) body.page = String(where).slice(0, 500);
    Promise.resolve().then(() => post(body)).catch(() => { /* reporting is best effort */ });
    return true;
  };
}

export class PluginLoader {
  /**
   * @param {object} o
   * @param {import('./registry.js').ClientHookRegistry} o.registry
   * @param {() => Promise<{plugins: Array<{id, name, module}>, budgetMs?: number}>} o.fetchList
   * @param {(url: string) => Promise<object>} [o.importModule]
   * @param {(failure) => void} o.report
   * @param {(pluginId: string) => object} [o.extraContext] what every context gets besides the registrations
   */
  constructor({ registry, fetchList, importModule = (url) => import(url), report, extraContext = () => ({}) }) {
    Object.assign(this, { registry, fetchList, importModule, report, extraContext });
    this.plugins = new Map();
    this.order = [];
    this.budgetMs = DEFAULT_BUDGET_MS;
    this.flags = { killSwitch: false, safeMode: false };
    this.listeners = new Set();
    this.queue = Promise.resolve();
    this.queued = false;
    this.started = false;
  }

  /** A plugin's rank: its index in the latest list (what orders the registrations of concurrent boots). */
  rank(id) {
    const i = this.order.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  }

  /** Loads the listed plugins; resolves when the FOUC gate may open (never rejects). */
  start() {
    this.started = true;
    return this.refresh();
  }

  /** Re-fetches the list and applies the difference; concurrent calls coalesce into one pending refresh. */
  refresh() {
    if (this.queued) return this.queue;
    this.queued = true;
    this.queue = this.queue.then(() => { this.queued = false; return this.sync(); }).catch((e) => {
      console.error('hookwire: could not load the client plugins', e);
    });
    return this.queue;
  }

  async sync() {
    const list = await this.fetchList();
    const wanted = Array.isArray(list?.plugins) ? list.plugins.filter((p) => p && p.id && p.module) : [];
    this.budgetMs = Number(list?.budgetMs) > 0 ? Number(list.budgetMs) : DEFAULT_BUDGET_MS;
    this.flags = { killSwitch: !!list?.killSwitch, safeMode: !!list?.safeMode };
    this.order = wanted.map((p) => p.id);
    const byId = new Map(wanted.map((p) => [p.id, p]));
    for (const [id, record] of [...this.plugins]) {
      if (!byId.has(id) || byId.get(id).module !== record.info.module) await this.unload(id);
    }
    await Promise.all(wanted.filter((p) => !this.plugins.has(p.id)).map((p) => this.load(p)));
    this.emit();
  }

  async load(info) {
    const record = { info, status: 'booting', dispose: null, alive: true };
    this.plugins.set(info.id, record);
    this.emit();
    const ctx = this.context(record);
    const work = (async () => {
      const mod = await this.importModule(info.module);
      if (typeof mod?.default !== 'function') {
        throw new TypeError(`the module ${info.module} has no default export function (export default function (ctx) {...})`);
      }
      return mod.default(ctx);
    })();
    try {
      const dispose = await withBudget(work, this.budgetMs);
      record.dispose = typeof dispose === 'function' ? dispose : null;
      record.status = 'booted';
    } catch (error) {
      const timedOut = error instanceof TimeoutError;
      record.status = timedOut ? 'timedout' : 'failed';
      this.report({ plugin: info.id, hook: 'boot', kind: 'boot', error, timedOut });
      if (timedOut) {
        // it may still finish: keep what it registers, and its dispose for the unload
        work.then((d) => { if (record.alive && typeof d === 'function') record.dispose = d; }, () => {});
      } else {
        this.registry.removeAll(info.id); // half a boot: drop what it registered before it threw
      }
    }
    this.emit();
  }

  /** Calls the plugin's dispose function, then drops everything it registered. */
  async unload(id) {
    const record = this.plugins.get(id);
    if (!record) return;
    record.alive = false;
    this.plugins.delete(id);
    if (record.dispose) {
      try {
        await withBudget(record.dispose(), this.budgetMs);
      } catch (error) {
        this.report({ plugin: id, hook: 'dispose', kind: 'dispose', error, timedOut: error instanceof TimeoutError });
      }
    }
    this.registry.removeAll(id);
    this.emit();
  }

  /** The context handed to a plugin's default export; its registrations stop working once it is unloaded. */
  context(record) {
    const id = record.info.id;
    const registry = this.registry;
    const live = (fn) => (...args) => (record.alive ? fn(...args) : () => {});
    const component = (c, what) => {
      if (typeof c !== 'function') throw new TypeError(`${what} needs a component (a function), got ${typeof c}`);
    };
    return {
      pluginId: id,
      hooks: {
        addFilter: live((hook, fn, priority = 10) => registry.addFilter(id, hook, fn, priority)),
        addAction: live((hook, fn, priority = 10) => registry.addAction(id, hook, fn, priority)),
        applyFilters: (hook, value, ...args) => registry.applyFilters(hook, value, ...args),
        doAction: (hook, ...args) => registry.doAction(hook, ...args),
      },
      registerPage: live((c, { title } = {}) => {
        component(c, 'registerPage');
        return registry.register(id, 'page', 'page', { component: c, title }, 10);
      }),
      registerWidget: live((slot, c, { priority = 10, title } = {}) => {
        component(c, `registerWidget('${slot}')`);
        return registry.register(id, slot, 'widget', { component: c, title }, priority);
      }),
      registerInterceptor: live((fn, { priority = 10 } = {}) =>
        registry.register(id, 'interceptor', 'interceptor', fn, priority)),
      ...this.extraContext(id),
    };
  }

  /**
   * Follows the server's plugin events: each event, and each (re)connection, re-fetches the list. The browser
   * reconnects by itself after a dropped stream; when it gives up (an error answer), a new stream is tried later,
   * with a growing pause, so that a restarted server is followed again.
   */
  listen(url, EventSourceImpl = globalThis.EventSource) {
    if (!EventSourceImpl) return () => {};
    let source = null;
    let pause = 2000;
    let stopped = false;
    let timer = null;
    const open = () => {
      source = new EventSourceImpl(url);
      source.addEventListener('plugins', () => this.refresh());
      source.addEventListener('open', () => { pause = 2000; if (this.started) this.refresh(); });
      source.addEventListener('error', () => {
        if (stopped || source.readyState !== 2 /* CLOSED */) return;
        timer = setTimeout(open, pause);
        pause = Math.min(pause * 2, 60000);
      });
    };
    open();
    return () => { stopped = true; clearTimeout(timer); source.close(); };
  }

  booted() {
    return [...this.plugins.values()].filter((r) => r.status === 'booted').map((r) => r.info.id);
  }

  failed() {
    return [...this.plugins.values()].filter((r) => r.status === 'failed' || r.status === 'timedout')
      .map((r) => r.info.id);
  }

  has(id) {
    return this.plugins.has(id);
  }

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit() {
    for (const l of [...this.listeners]) {
      try { l(); } catch (e) { console.error('hookwire: a loader listener failed', e); }
    }
  }
}
