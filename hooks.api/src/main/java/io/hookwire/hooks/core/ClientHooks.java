package io.hookwire.hooks.core;

import java.util.List;
import java.util.Map;

import io.hookwire.hooks.FilterHook;

/**
 * The client filters the web shell applies (seed §8.2). Browser plugins register for them by name; the constants
 * give the names and the shapes of their values.
 */
public final class ClientHooks {
    private ClientHooks() {}

    /** The main navigation, for a user in a team. */
    public static final FilterHook<List<NavItem>, NavContext> UI_NAV_MAIN =
            FilterHook.of("ui:nav:main", List.class, NavContext.class);
    /** The admin navigation. */
    public static final FilterHook<List<NavItem>, Void> UI_NAV_ADMIN =
            FilterHook.of("ui:nav:admin", List.class, Void.class);
    /** The user menu, for a user. */
    public static final FilterHook<List<NavItem>, User> UI_USER_MENU =
            FilterHook.of("ui:user:menu", List.class, User.class);
    /** The tabs of the user settings. */
    public static final FilterHook<List<SettingsTab>, Void> UI_SETTINGS_TABS_USER =
            FilterHook.of("ui:settings:tabs:user", List.class, Void.class);
    /** The tabs of the team settings. */
    public static final FilterHook<List<SettingsTab>, Void> UI_SETTINGS_TABS_TEAM =
            FilterHook.of("ui:settings:tabs:team", List.class, Void.class);
    /** The theme, before the first render. */
    public static final FilterHook<Theme, Void> UI_THEME_CONFIG = FilterHook.of("ui:theme:config", Theme.class,
            Void.class);
    /** The translations (key to text) of a language, whose tag is the context. */
    public static final FilterHook<Map<String, String>, String> UI_I18N_TRANSLATIONS =
            FilterHook.of("ui:i18n:translations", Map.class, String.class);
}
