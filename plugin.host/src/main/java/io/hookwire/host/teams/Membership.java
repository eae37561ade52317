package io.hookwire.host.teams;

import java.time.Instant;

import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.Team;

/**
 * A user's place in a team.
 *
 * @param createdAt when the team was created
 * @param role the user's role in it
 * @param joinedAt when the user joined it
 */
public record Membership(Team team, Instant createdAt, Role role, Instant joinedAt) {}
