// Navigation to first render of the web shell with the plugins booted, in Debian's headless Chromium, driven over
// the W3C WebDriver protocol by Debian's chromedriver (no Selenium, nothing downloaded). Called by bench/shell-render,
// which starts the runtime; arguments: base URL, number of loads, chromedriver port, a temp profile folder.
const [base, loadsArg, driverPort, profile] = process.argv.slice(2);
const loads = Number(loadsArg);
const driver = `http://127.0.0.1:${driverPort}`;

async function call(method, path, body) {
  const response = await fetch(driver + path, {
    method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

const session = (await call('POST', '/session', { capabilities: { alwaysMatch: {
  browserName: 'chrome',
  'goog:chromeOptions': { binary: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu',
    '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--window-size=1280,900', `--user-data-dir=${profile}`] },
} } })).sessionId;
const s = (path) => `/session/${session}${path}`;
const run = (script, ...args) => call('POST', s('/execute/sync'), { script, args });
const runAsync = (script, ...args) => call('POST', s('/execute/async'), { script, args });

/** Polls (bounded) until the FOUC gate is open; returns the shell's and the browser's timings of this load. */
async function awaitReady() {
  for (let i = 0; i < 600; i++) {
    const t = await run(`if (document.documentElement.dataset.pluginsReady !== 'true') return null;
      const nav = performance.getEntriesByType('navigation')[0];
      return { firstRenderMs: window.__hookwire && window.__hookwire.firstRenderMs,
               booted: window.__hookwire ? window.__hookwire.booted.length : 0,
               domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, path: location.pathname };`);
    if (t) return t;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the FOUC gate did not open within 12 s');
}

try {
  await call('POST', s('/timeouts'), { script: 30000, pageLoad: 60000 });
  // a signed-in user, so that the dashboard shows its widgets: register and sign in from the page itself
  await call('POST', s('/url'), { url: `${base}/login` });
  await awaitReady();
  const email = `bench-${Date.now()}@example.com`;
  const status = await runAsync(`const done = arguments[arguments.length - 1];
    const post = (url, body) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    post('/api/v1/auth/register', { email: arguments[0], password: 'bench-password-1', displayName: 'Bench' })
      .then(() => post('/api/v1/auth/login', { email: arguments[0], password: 'bench-password-1' }))
      .then((r) => done(r.status), (e) => done(String(e)));`, email);
  if (status !== 200) throw new Error(`sign-in: ${status}`);
  const samples = [];
  let first;
  for (let i = 0; i < loads + 1; i++) {
    await call('POST', s('/url'), { url: `${base}/dashboard` });
    const t = await awaitReady();
    if (t.path !== '/dashboard') throw new Error(`ended on ${t.path}, not /dashboard`);
    if (i === 0) first = t; // the first load fills the HTTP cache (immutable assets), as a returning visitor has
    else samples.push(t);
  }
  const stats = (name) => {
    const v = samples.map((x) => x[name]).sort((a, b) => a - b);
    const q = (p) => v[Math.min(v.length - 1, Math.floor(p * (v.length - 1)))];
    return `${name.padEnd(16)} median ${q(0.5).toFixed(1).padStart(7)} ms   min ${v[0].toFixed(1).padStart(7)} ms   `
      + `p90 ${q(0.9).toFixed(1).padStart(7)} ms   max ${v[v.length - 1].toFixed(1).padStart(7)} ms`;
  };
  console.log(`${samples.length} loads of ${base}/dashboard (signed in, ${samples[0].booted} client plugins booted),`
    + ' warm HTTP cache; times from the start of the navigation:');
  console.log(stats('firstRenderMs'));
  console.log(`${'(first load'.padEnd(16)} ${first.firstRenderMs.toFixed(1).padStart(7)} ms with an empty HTTP cache)`);
  console.log(stats('domContentLoaded'));
  console.log(stats('load'));
  const medians = samples.map((x) => x.firstRenderMs).sort((a, b) => a - b);
  console.log(`MEDIAN_FIRST_RENDER_MS ${medians[Math.floor((medians.length - 1) / 2)]}`);
} finally {
  await call('DELETE', s(''));
}
