// The client hook registry: the browser's twin of the server's actions and filters.
// Pure ES module (no UI library), so that Node's test runner can test it alone.
//
// Semantics kept from the server: callbacks run in order of (priority, plugin rank, registration sequence), where
// the plugin rank is the plugin's index in GET /api/v1/client-plugins (so plugins that boot concurrently still get
// a stable order); each callback is isolated (a throw or a rejected promise is caught) and has a time budget; every
// failure is attributed to plugin + hook + kind and handed to onError. A failed filter passes its input on
// unchanged, a failed action lets the next handler run.
//
// Besides filters and actions it keeps the other things a plugin contributes (widgets, pages, interceptors) as
// ordered entries of their own kind, so that removeAll(plugin) drops everything a plugin registered in one go.

export const DEFAULT_BUDGET_MS = 1000;

export class TimeoutError extends Error {
  constructor(ms) {
    super(`did not finish within its budget of ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * Waits for value (a promise or not) at most ms milliseconds. A non-promise is returned as it is, synchronously
 * wrapped, so that fast synchronous callbacks cost no timer.
 */
export function withBudget(value, ms) {
  if (!value || typeof value.then !== 'function') return Promise.resolve(value);
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new TimeoutError(ms)), ms); });
  return Promise.race([Promise.resolve(value), timeout]).finally(() => clearTimeout(timer));
}

function isStructured(v) {
  return v !== undefined;
}

export class ClientHookRegistry {
  /**
   * @param {object} options
   * @param {number|(() => number)} [options.budgetMs] the budget of one callback, 1000 ms by default
   * @param {(failure: {plugin, hook, kind, error, timedOut}) => void} [options.onError] told of each failure
   * @param {(plugin: string) => number} [options.rank] the plugin's rank (lower first); unknown plugins last
   */
  constructor({ budgetMs = DEFAULT_BUDGET_MS, onError = () => {}, rank = () => Number.MAX_SAFE_INTEGER } = {}) {
    this.budget = typeof budgetMs === 'function' ? budgetMs : () => budgetMs;
    this.onError = onError;
    this.rank = rank;
    this.entries = [];
    this.seq = 0;
    this.listeners = new Set();
  }

  /** Registers a filter; returns the function that unregisters it. */
  addFilter(plugin, hook, fn, priority = 10) {
    return this.register(plugin, hook, 'filter', fn, priority);
  }

  /** Registers an action; returns the function that unregisters it. */
  addAction(plugin, hook, fn, priority = 10) {
    return this.register(plugin, hook, 'action', fn, priority);
  }

  /** Registers any contribution (widget, page, interceptor, ...) under a hook; returns its unregister function. */
  register(plugin, hook, kind, value, priority = 10) {
    if (typeof plugin !== 'string' || !plugin) throw new TypeError('plugin must be a non-empty string');
    if (typeof hook !== 'string' || !hook) throw new TypeError(`hook must be a non-empty string, got ${hook}`);
    if ((kind === 'filter' || kind === 'action' || kind === 'interceptor') && typeof value !== 'function') {
      throw new TypeError(`the ${kind} for '${hook}' must be a function`);
    }
    const p = Number(priority);
    if (!Number.isFinite(p)) throw new TypeError(`priority must be a number, got ${priority}`);
    const entry = { plugin, hook, kind, value, priority: p, seq: this.seq++ };
    this.entries = [...this.entries, entry];
    this.changed();
    return () => {
      if (!this.entries.includes(entry)) return;
      this.entries = this.entries.filter((e) => e !== entry);
      this.changed();
    };
  }

  /** Drops everything the plugin registered. */
  removeAll(plugin) {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.plugin !== plugin);
    if (this.entries.length !== before) this.changed();
  }

  /** A snapshot of the entries of one hook and kind, in order of (priority, plugin rank, sequence). */
  list(hook, kind) {
    return this.entries.filter((e) => e.hook === hook && e.kind === kind).sort((a, b) =>
      a.priority - b.priority || this.rank(a.plugin) - this.rank(b.plugin) || a.seq - b.seq);
  }

  has(hook, kind) {
    return this.entries.some((e) => e.hook === hook && e.kind === kind);
  }

  /** Runs the filters of a hook over value; resolves to the filtered value. Never rejects. */
  applyFilters(hook, value, ...args) {
    return this.applyFiltersWith(hook, value, args);
  }

  /**
   * applyFilters with an observer: onStep(plugin, before, after) after each filter that succeeded, which lets the
   * shell tell which plugin added an item to a list.
   */
  async applyFiltersWith(hook, value, args = [], { onStep } = {}) {
    let current = value;
    for (const entry of this.list(hook, 'filter')) {
      const next = await this.run(entry, () => entry.value(current, ...args));
      if (next.ok && !isStructured(next.value)) {
        this.fail(entry, new TypeError(`the filter returned undefined; return the (changed) value`), false);
      } else if (next.ok) {
        const before = current;
        current = next.value;
        if (onStep) try { onStep(entry.plugin, before, current); } catch { /* the observer is the shell's own */ }
      }
    }
    return current;
  }

  /** Runs the actions of a hook one after the other. Never rejects. */
  async doAction(hook, ...args) {
    for (const entry of this.list(hook, 'action')) {
      await this.run(entry, () => entry.value(...args));
    }
  }

  /** Runs one callback isolated and budgeted: {ok, value} or {ok: false} after reporting the failure. */
  async run(entry, call, kind = entry.kind) {
    try {
      return { ok: true, value: await withBudget(call(), this.budget()) };
    } catch (error) {
      this.fail({ ...entry, kind }, error, error instanceof TimeoutError);
      return { ok: false };
    }
  }

  fail(entry, error, timedOut) {
    try {
      this.onError({ plugin: entry.plugin, hook: entry.hook, kind: entry.kind, error, timedOut });
    } catch (e) {
      console.error('hookwire: the error handler failed', e);
    }
  }

  /** Tells listener of every change of the registrations; returns the function that stops it. */
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed() {
    for (const l of [...this.listeners]) {
      try { l(); } catch (e) { console.error('hookwire: a registry listener failed', e); }
    }
  }
}
