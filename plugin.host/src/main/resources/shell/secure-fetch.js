// secureFetch: the shell's and the plugins' fetch for this origin's API. Pure ES module.
//
// It builds a Request, lets the registered interceptors change it in order (priority, plugin rank, sequence), then
// sends it with the session cookie (credentials: 'same-origin'). Each interceptor is isolated and budgeted: one that
// throws, times out, or returns something other than a Request (or a Request for another origin) is reported, and
// the request goes on as it was before that interceptor (its change dropped). A request for another origin is
// refused: interceptors add headers (ids, tokens) that must not leak to third parties.

import { withBudget, TimeoutError, DEFAULT_BUDGET_MS } from './registry.js';

/**
 * @param {object} options
 * @param {() => Array<{plugin: string, value: (r: Request) => Request|Promise<Request>}>} options.interceptors
 *        the interceptors in order (the registry's list('interceptor', 'interceptor'))
 * @param {(failure: {plugin, hook, kind, error, timedOut}) => void} [options.onError]
 * @param {(request: Request) => Promise<Response>} [options.fetchImpl] what sends the request (fetch)
 * @param {number|(() => number)} [options.budgetMs] the budget of one interceptor
 * @param {string} [options.base] the origin's URL that relative inputs resolve against (location.href)
 */
export function createSecureFetch({ interceptors = () => [], onError = () => {}, fetchImpl,
  budgetMs = DEFAULT_BUDGET_MS, base } = {}) {
  const budget = typeof budgetMs === 'function' ? budgetMs : () => budgetMs;
  const send = fetchImpl || ((r) => globalThis.fetch(r));
  const baseUrl = () => base || globalThis.location?.href;

  function report(plugin, error, timedOut) {
    try {
      onError({ plugin, hook: 'interceptor', kind: 'interceptor', error, timedOut });
    } catch (e) {
      console.error('hookwire: the error handler failed', e);
    }
  }

  return async function secureFetch(input, init = {}) {
    const url = input instanceof Request ? input.url : new URL(String(input), baseUrl()).href;
    const origin = new URL(baseUrl() || url).origin;
    if (new URL(url).origin !== origin) {
      throw new TypeError(`secureFetch only calls this origin (${origin}), not ${url}; use fetch for others`);
    }
    let request = new Request(input instanceof Request ? input : url, { credentials: 'same-origin', ...init });
    for (const entry of interceptors()) {
      try {
        const out = await withBudget(entry.value(request.clone()), budget());
        if (!(out instanceof Request)) {
          throw new TypeError(`the interceptor returned ${out === null ? 'null' : typeof out}, not a Request`);
        }
        if (new URL(out.url).origin !== origin) {
          throw new TypeError(`the interceptor sent the request to another origin (${out.url})`);
        }
        request = out;
      } catch (error) {
        report(entry.plugin, error, error instanceof TimeoutError);
      }
    }
    return send(request);
  };
}
