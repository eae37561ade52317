package io.hookwire.host.bouncer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hookwire.api.auth.Caller;
import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.User;

/** owner > admin > member > user: a role holds what the roles below it hold. */
class RoleLadderTest {
    private static final User ADA = new User("u1", "ada@example.com", "Ada", Instant.EPOCH);

    private static Caller in(String role) {
        return new Caller(ADA, "t1", new Role(role), "s1");
    }

    @Test
    void aRoleHoldsWhatIsGrantedToItOrToARoleBelow() {
        Set<String> members = Set.of("member");
        assertThat(RoleLadder.holds(RoleLadder.rank(in("owner")), members)).isTrue();
        assertThat(RoleLadder.holds(RoleLadder.rank(in("admin")), members)).isTrue();
        assertThat(RoleLadder.holds(RoleLadder.rank(in("member")), members)).isTrue();
        assertThat(RoleLadder.holds(RoleLadder.rank(new Caller(ADA, null, null, "s1")), members))
                .as("signed in, no team").isFalse();
        assertThat(RoleLadder.holds(RoleLadder.rank(Caller.anonymous()), members)).isFalse();

        Set<String> admins = Set.of("admin");
        assertThat(RoleLadder.holds(RoleLadder.rank(in("owner")), admins)).isTrue();
        assertThat(RoleLadder.holds(RoleLadder.rank(in("member")), admins)).isFalse();
    }

    @Test
    void userMeansAnyoneSignedInAndNobodyElse() {
        Set<String> users = Set.of("user");
        assertThat(RoleLadder.holds(RoleLadder.rank(new Caller(ADA, null, null, "s1")), users)).isTrue();
        assertThat(RoleLadder.holds(RoleLadder.rank(in("member")), users)).isTrue();
        assertThat(RoleLadder.holds(RoleLadder.rank(Caller.anonymous()), users)).isFalse();
    }

    @Test
    void anAbilityGrantedToNobodyIsHeldByNobody() {
        assertThat(RoleLadder.holds(RoleLadder.rank(in("owner")), Set.of())).isFalse();
    }

    @Test
    void anUnknownTeamRoleCountsAsSignedInOnly() {
        assertThat(RoleLadder.rank(in("viewer"))).isZero();
    }

    @Test
    void rolesAreCheckedAndLowerCased() {
        assertThat(RoleLadder.check(List.of(" Admin", "member"))).containsExactlyInAnyOrder("admin", "member");
        assertThatThrownBy(() -> RoleLadder.check(List.of("admin", "boss")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'boss'");
    }
}
