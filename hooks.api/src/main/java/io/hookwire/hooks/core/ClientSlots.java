package io.hookwire.hooks.core;

import java.util.List;

/** The slots of the web shell that browser plugins put widgets into (seed §8.3). */
public final class ClientSlots {
    private ClientSlots() {}

    public static final String DASHBOARD_MAIN_TOP = "dashboard.main.top";
    public static final String DASHBOARD_MAIN_BOTTOM = "dashboard.main.bottom";
    public static final String DASHBOARD_SIDEBAR = "dashboard.sidebar";
    public static final String ADMIN_DASHBOARD_WIDGETS = "admin.dashboard.widgets";
    public static final String ADMIN_USER_DETAIL_AFTER = "admin.user.detail.after";
    public static final String USER_PROFILE_HEADER_ACTIONS = "user.profile.header.actions";
    public static final String TEAM_PROFILE_HEADER = "team.profile.header";
    public static final String AUTH_LOGIN_FORM_AFTER = "auth.login.form.after";
    public static final String AUTH_REGISTER_FORM_AFTER = "auth.register.form.after";

    /** Every slot, in the order above. */
    public static final List<String> ALL = List.of(DASHBOARD_MAIN_TOP, DASHBOARD_MAIN_BOTTOM, DASHBOARD_SIDEBAR,
            ADMIN_DASHBOARD_WIDGETS, ADMIN_USER_DETAIL_AFTER, USER_PROFILE_HEADER_ACTIONS, TEAM_PROFILE_HEADER,
            AUTH_LOGIN_FORM_AFTER, AUTH_REGISTER_FORM_AFTER);
}
