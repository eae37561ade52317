// The Client Probe's browser module: registers nothing visible, and says that it booted.
import { PART } from './nested/part.js';

export default function boot(ctx) {
  globalThis.__clientProbe = { booted: true, part: PART, plugin: ctx && ctx.pluginId };
  return () => { globalThis.__clientProbe = { disposed: true }; };
}
