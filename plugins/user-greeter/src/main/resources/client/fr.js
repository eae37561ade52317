// French, added by the user-greeter plugin through ui:i18n:translations: language.name makes the shell offer it in
// its language picker. The keys are the shell's (documented in plugin.host's shell/i18n.js) and the greeter's own.
export const french = {
  'language.name': 'Français',
  'greeter.title': 'Salutation',
  'greeter.morning': 'Bonjour',
  'greeter.afternoon': 'Bon après-midi',
  'greeter.evening': 'Bonsoir',
  'greeter.unavailable': "La salutation n'est pas disponible.",
  'nav.dashboard': 'Tableau de bord',
  'auth.signIn': 'Se connecter',
  'dashboard.welcome': 'Bienvenue',
};
