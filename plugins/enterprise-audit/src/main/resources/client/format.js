// How the widget shows an event in a narrow column: pure, checked by Node's test runner.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Ids shortened for a narrow widget: every UUID in the text to its first 8 digits and an ellipsis. */
export function shortIds(text) {
  return text == null ? '' : String(text).replace(UUID, (uuid) => `${uuid.slice(0, 8)}…`);
}

/** "3 minutes ago", in the page's language. */
export function ago(iso, now = Date.now(), lang = undefined) {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const steps = [[60, 'second'], [60, 'minute'], [24, 'hour'], [7, 'day']];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (Math.abs(value) < size) return rtf.format(Math.round(value), unit);
    value /= size;
  }
  return new Date(iso).toLocaleDateString(lang);
}
