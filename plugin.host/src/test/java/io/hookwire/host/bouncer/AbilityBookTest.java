package io.hookwire.host.bouncer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Declarations: idempotent, checked, and each domain belongs to one declarer. */
class AbilityBookTest {
    /** "notes" and "billing" are plugin ids. */
    private final AbilityBook book = new AbilityBook((domain, declarer) -> Set.of("notes", "billing")
            .contains(domain) && !domain.equals(declarer));

    @Test
    void declaringAgainReplacesTheDescriptionAndDefaults() {
        book.declare("notes", "notes:write", "Write notes", Set.of("member"));
        book.declare("notes", "notes:write", "Write and edit notes", Set.of("admin"));

        assertThat(book.all()).singleElement().satisfies(d -> {
            assertThat(d.description()).isEqualTo("Write and edit notes");
            assertThat(d.defaultRoles()).containsExactly("admin");
            assertThat(d.declaredBy()).isEqualTo("notes");
        });
    }

    @Test
    void malformedNamesAndUnknownRolesAreRefused() {
        for (String bad : new String[] {"notes", "Notes:write", "notes:", ":write", "notes write", null}) {
            assertThatThrownBy(() -> book.declare("notes", bad, "", Set.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain:verb");
        }
        assertThatThrownBy(() -> book.declare("notes", "notes:write", "", Set.of("boss")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown role");
        assertThat(book.all()).isEmpty();
    }

    @Test
    void aDomainBelongsToItsFirstDeclarerUnlessItIsAnotherPluginsId() {
        book.declare("enterprise-audit", "audit:read", "Read the audit trail", Set.of("admin"));
        assertThatThrownBy(() -> book.declare("sneaky", "audit:delete", "", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to 'enterprise-audit'");
        assertThatThrownBy(() -> book.declare("sneaky", "notes:read", "", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id of another plugin");
        book.declare("enterprise-audit", "audit:export", "", Set.of("owner"));
        assertThat(book.all()).extracting(AbilityBook.Declared::name).containsExactly("audit:export", "audit:read");
    }

    @Test
    void aPluginsOwnDomainIsItsOwnEvenIfTakenBefore() {
        book.declare("squatter", "later:read", "", Set.of("user"));
        book.declare("later", "later:read", "Read", Set.of("member"));
        assertThat(book.get("later:read")).hasValueSatisfying(d -> assertThat(d.declaredBy()).isEqualTo("later"));
    }

    @Test
    void forgettingADeclarerDropsItsAbilitiesOnly() {
        book.declare("notes", "notes:write", "", Set.of("member"));
        book.declare("core", "teams:manage", "", Set.of("admin"));
        book.forget("notes");
        assertThat(book.all()).extracting(AbilityBook.Declared::name).containsExactly("teams:manage");
    }
}
