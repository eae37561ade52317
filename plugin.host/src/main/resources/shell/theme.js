// The theme: the shell's defaults, filtered by 'ui:theme:config' (value: {colors: {...}, font, radius}), applied as
// CSS custom properties on <html> before the first render of the slots. A color key in camelCase becomes
// --hw-color-<kebab-case>; font and radius become --hw-font and --hw-radius.

export const DEFAULT_THEME = {
  colors: {
    primary: '#4f46e5',
    primaryContrast: '#ffffff',
    background: '#f6f7fb',
    surface: '#ffffff',
    text: '#111827',
    muted: '#6b7280',
    border: '#e5e7eb',
    danger: '#dc2626',
    success: '#059669',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  radius: '10px',
};

let applied = new Set();

const SAFE = /^[^;{}<>]{1,200}$/;

function kebab(key) {
  return key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** The CSS custom properties of a theme; values that could break out of a declaration are left out. */
export function themeProperties(theme) {
  const props = {};
  const colors = theme && typeof theme.colors === 'object' ? theme.colors : {};
  for (const [key, value] of Object.entries(colors)) {
    if (/^[a-zA-Z][a-zA-Z0-9]*$/.test(key) && typeof value === 'string' && SAFE.test(value)) {
      props['--hw-color-' + kebab(key)] = value;
    }
  }
  if (typeof theme?.font === 'string' && SAFE.test(theme.font)) props['--hw-font'] = theme.font;
  if (typeof theme?.radius === 'string' && SAFE.test(theme.radius)) props['--hw-radius'] = theme.radius;
  return props;
}

/** Runs 'ui:theme:config' and applies the result to the document. */
export async function applyTheme(registry, root = document.documentElement) {
  const base = JSON.parse(JSON.stringify(DEFAULT_THEME));
  const theme = await registry.applyFilters('ui:theme:config', base);
  const props = themeProperties(theme);
  // what an unloaded plugin set goes away with it
  for (const name of applied) if (!(name in props)) root.style.removeProperty(name);
  for (const [name, value] of Object.entries(props)) root.style.setProperty(name, value);
  applied = new Set(Object.keys(props));
  return theme;
}
