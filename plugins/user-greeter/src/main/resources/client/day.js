// Pure helpers of the greeting, checked by Node's test runner.

/** morning (5 to 12 h), afternoon (12 to 18 h) or evening, by the browser's clock. */
export function partOfDay(hour) {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  return 'evening';
}

/** The name to greet: the display name, else the part of the e-mail address before the @. */
export function nameOf(user) {
  if (!user) return null;
  const display = (user.displayName || '').trim();
  return display || (user.email || '').split('@')[0] || null;
}

/** Up to two initials of a name, for the avatar: "Ada Lovelace" gives "AL". */
export function initials(name) {
  return (name || '').split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0].toUpperCase()).join('');
}
