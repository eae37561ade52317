import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClientHookRegistry } from '../../main/resources/shell/registry.js';
import { loadTranslations, chooseLanguage, translator, candidates, EN } from '../../main/resources/shell/i18n.js';
import { themeProperties } from '../../main/resources/shell/theme.js';

test('a language is offered when a plugin gives it a language.name', async () => {
  const r = new ClientHookRegistry();
  r.addFilter('greeter', 'ui:i18n:translations', (map, lang) =>
    lang === 'fr' ? { ...map, 'language.name': 'Français', 'nav.dashboard': 'Tableau de bord' } : map);
  r.addFilter('partial', 'ui:i18n:translations', (map, lang) => (lang === 'de' ? { ...map, 'nav.dashboard': 'X' } : map));
  const { maps, languages } = await loadTranslations(r, ['de-DE']);
  assert.deepEqual(languages.map((l) => l.tag), ['en', 'fr']);
  const t = translator(maps, chooseLanguage(languages, 'fr', []));
  assert.equal(t('nav.dashboard'), 'Tableau de bord');
  assert.equal(t('auth.signIn'), EN['auth.signIn']); // falls back to English
  assert.equal(t('unknown.key', 'Fallback'), 'Fallback');
  assert.equal(t('dashboard.welcome', { name: 'Ada' }), 'Welcome, Ada');
});

test('the stored choice wins, then the browser languages, then English', () => {
  const languages = [{ tag: 'en' }, { tag: 'fr' }];
  assert.equal(chooseLanguage(languages, 'fr', ['en']), 'fr');
  assert.equal(chooseLanguage(languages, 'xx', ['fr-CA', 'en']), 'fr');
  assert.equal(chooseLanguage(languages, null, ['de']), 'en');
  assert.deepEqual(candidates(['fr-CA', 'EN-us']).slice(0, 2), ['en', 'fr']);
});

test('theme values become CSS custom properties, unsafe values are dropped', () => {
  const props = themeProperties({ colors: { primary: '#f00', primaryContrast: '#fff', evil: 'red; } body { x' },
    font: 'Inter, sans-serif', radius: '4px' });
  assert.deepEqual(props, { '--hw-color-primary': '#f00', '--hw-color-primary-contrast': '#fff',
    '--hw-font': 'Inter, sans-serif', '--hw-radius': '4px' });
});
