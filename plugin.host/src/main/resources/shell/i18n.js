// Translations. The shell's own texts, in English, are below; a plugin adds or changes texts, or a whole language,
// with the filter 'ui:i18n:translations' (value: the map key -> text of that language, context: the language tag).
// A language other than 'en' is offered in the language picker when its filtered map has 'language.name' (its own
// name, e.g. "Français"). The choice is kept in localStorage 'hookwire.lang'.
//
// Keys the shell uses (a plugin may use its own, with t(key, fallback)):

export const EN = {
  'language.name': 'English',
  'app.name': 'Hookwire',
  'nav.dashboard': 'Dashboard',
  'nav.admin': 'Admin',
  'nav.menu': 'Menu',
  'menu.profile': 'Your profile',
  'menu.settings': 'Settings',
  'menu.team': 'Team settings',
  'menu.admin': 'Administration',
  'menu.language': 'Language',
  'menu.signOut': 'Sign out',
  'auth.signIn': 'Sign in',
  'auth.signInTitle': 'Welcome back',
  'auth.signInLead': 'Sign in to your workspace.',
  'auth.register': 'Create account',
  'auth.registerTitle': 'Create your account',
  'auth.registerLead': 'It takes less than a minute.',
  'auth.name': 'Your name',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.passwordHint': 'At least 8 characters.',
  'auth.newPassword': 'New password',
  'auth.forgot': 'Forgot your password?',
  'auth.forgotTitle': 'Reset your password',
  'auth.forgotLead': 'We will email you a link to choose a new one.',
  'auth.forgotSend': 'Send the link',
  'auth.forgotSent': 'If an account exists for that address, a link is on its way.',
  'auth.resetTitle': 'Choose a new password',
  'auth.resetDone': 'Your password was changed. Sign in with the new one.',
  'auth.resetSubmit': 'Change password',
  'auth.noAccount': 'New here?',
  'auth.haveAccount': 'Already have an account?',
  'auth.mfaTitle': 'Two-factor code',
  'auth.mfaLead': 'Enter the 6-digit code from your authenticator app.',
  'auth.mfaCode': 'Code',
  'auth.verify': 'Verify',
  'auth.backToSignIn': 'Back to sign in',
  'dashboard.welcome': 'Welcome, {name}',
  'dashboard.lead': 'Here is what is happening in {team}.',
  'dashboard.workspace': 'Your workspace',
  'dashboard.team': 'Team',
  'dashboard.role': 'Your role',
  'dashboard.plugins': 'Browser plugins',
  'settings.user': 'Settings',
  'settings.team': 'Team settings',
  'settings.profile': 'Profile',
  'settings.security': 'Security',
  'settings.members': 'Members',
  'settings.language': 'Language',
  'settings.mfa': 'Two-factor authentication',
  'settings.mfaOn': 'Two-factor authentication is on.',
  'settings.mfaOff': 'Protect your account with a code from an authenticator app.',
  'settings.mfaEnable': 'Turn on',
  'settings.mfaSecret': 'Add this key to your authenticator app, then enter the code it shows.',
  'settings.mfaConfirm': 'Confirm',
  'team.rename': 'Team name',
  'team.save': 'Save',
  'team.addMember': 'Add a member',
  'team.add': 'Add',
  'team.remove': 'Remove',
  'team.leave': 'Leave',
  'team.role': 'Role',
  'team.none': 'You are not in a team yet.',
  'team.createLead': 'Create a team to work together and to turn on plugins for it.',
  'team.createName': 'Team name',
  'team.create': 'Create team',
  'profile.joined': 'Joined {date}',
  'profile.teams': 'Teams',
  'profile.members': 'Members',
  'admin.title': 'Administration',
  'admin.overview': 'Overview',
  'admin.users': 'Members',
  'admin.lead': 'Manage {team}.',
  'admin.user': 'Member',
  'common.loading': 'Loading…',
  'common.saved': 'Saved.',
  'common.error': 'Something went wrong.',
  'common.back': 'Back',
  'notice.safeMode': 'Safe mode is on: only the core plugins are running.',
  'notice.killSwitch': 'Plugins are switched off: only the core plugins are running.',
  'notFound.title': 'Page not found',
  'notFound.lead': 'There is nothing at this address, or the plugin that owns it is not enabled.',
  'notFound.home': 'Go to the dashboard',
  'widget.failed': 'This widget from “{plugin}” could not be shown.',
  'page.failed': 'This page from “{plugin}” could not be shown.',
};

/** The languages whose translations the shell asks the plugins for (ISO 639-1). */
export const COMMON_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'fi', 'nb', 'cs', 'ja',
  'zh', 'ko', 'ru', 'uk', 'tr', 'ar'];

export const STORAGE_KEY = 'hookwire.lang';

/** The candidate languages: 'en', the browser's, and the common list, each once, as primary subtags. */
export function candidates(browser = []) {
  const tags = ['en', ...browser.map((l) => String(l).toLowerCase().split('-')[0]), ...COMMON_LANGUAGES];
  return [...new Set(tags.filter((t) => /^[a-z]{2,3}$/.test(t)))];
}

/**
 * Runs 'ui:i18n:translations' for every candidate language.
 * @returns {Promise<{maps: Record<string, object>, languages: Array<{tag, name}>}>}
 */
export async function loadTranslations(registry, browser) {
  const maps = {};
  for (const tag of candidates(browser)) {
    const base = tag === 'en' ? { ...EN } : {};
    const map = await registry.applyFilters('ui:i18n:translations', base, tag);
    maps[tag] = map && typeof map === 'object' ? map : base;
  }
  const languages = Object.keys(maps)
    .filter((tag) => tag === 'en' || typeof maps[tag]['language.name'] === 'string')
    .map((tag) => ({ tag, name: tag === 'en' ? maps.en['language.name'] || 'English' : maps[tag]['language.name'] }));
  return { maps, languages };
}

/** The language to use: the stored choice if offered, else the first offered browser language, else 'en'. */
export function chooseLanguage(languages, stored, browser = []) {
  const offered = new Set(languages.map((l) => l.tag));
  if (stored && offered.has(stored)) return stored;
  for (const l of browser) {
    const tag = String(l).toLowerCase().split('-')[0];
    if (offered.has(tag)) return tag;
  }
  return 'en';
}

/** A translate function: the language's text, else English, else the fallback, else the key; {name} is filled. */
export function translator(maps, lang) {
  const own = maps[lang] || {};
  const en = maps.en || EN;
  return (key, fallback, vars) => {
    if (fallback && typeof fallback === 'object') { vars = fallback; fallback = undefined; }
    let text = own[key] ?? en[key] ?? fallback ?? key;
    if (typeof text !== 'string') text = String(text);
    return vars ? text.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : text;
  };
}
