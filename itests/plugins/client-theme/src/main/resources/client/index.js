// Filters the shell's theme: a teal primary colour and small corners. The shell applies the result as CSS custom
// properties (--hw-color-primary, --hw-radius) before the first render, and takes them back when this plugin goes.
export default function ({ hooks }) {
  hooks.addFilter('ui:theme:config', (theme) => ({
    ...theme,
    colors: { ...theme.colors, primary: '#0f766e' },
    radius: '3px',
  }));
}
