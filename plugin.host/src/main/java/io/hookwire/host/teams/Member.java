package io.hookwire.host.teams;

import java.time.Instant;

import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.User;

/** A member of a team: who, with which role, since when. */
public record Member(User user, Role role, Instant joinedAt) {}
