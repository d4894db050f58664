package dev.ipwire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** Matching keys to roles, and the decision for each rule. */
class ApiKeysTest {

    private final ApiKeys keys =
            new ApiKeys(new ApiKeyProperties("ingest-k", "search-k", "admin-k"));

    @Test
    void eachKeyHoldsItsRoleAndTheAdminKeyHoldsAll() {
        assertThat(keys.rolesOf("ingest-k")).contains(Set.of(ApiRole.INGEST));
        assertThat(keys.rolesOf("search-k")).contains(Set.of(ApiRole.SEARCH));
        assertThat(keys.rolesOf("admin-k")).contains(EnumSet.allOf(ApiRole.class));
    }

    @Test
    void unknownKeysPrefixesAndEmptyKeysMatchNothing() {
        assertThat(keys.rolesOf("ingest")).isEmpty();
        assertThat(keys.rolesOf("ingest-k ")).isEmpty();
        assertThat(keys.rolesOf("ingest-kk")).isEmpty();
        assertThat(keys.rolesOf("")).isEmpty();
        assertThat(keys.rolesOf(null)).isEmpty();
        assertThat(new ApiKeys(new ApiKeyProperties("", "", "")).rolesOf("")).isEmpty();
    }

    @Test
    void theComparisonIsOverDigestsOfEqualLength() {
        assertThat(ApiKeys.sameKey("a", "a")).isTrue();
        assertThat(ApiKeys.sameKey("a", "a-much-longer-key")).isFalse();
        assertThat(ApiKeys.fingerprint("a")).hasSize(64).isEqualTo(ApiKeys.fingerprint("a"));
        assertThat(ApiKeys.fingerprint("a")).isNotEqualTo(ApiKeys.fingerprint("b"));
    }

    @Test
    void propertiesNeverPrintTheKeys() {
        assertThat(new ApiKeyProperties("ingest-k", "", "admin-k").toString())
                .doesNotContain("ingest-k")
                .doesNotContain("admin-k")
                .contains("(set)")
                .contains("(not set)");
    }

    @Test
    void decisions() {
        ApiAccess access = new ApiAccess(keys);
        var anonymous =
                new AnonymousAuthenticationToken(
                        "k", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        var search = new ApiKeyAuthentication("f", Set.of(ApiRole.SEARCH));
        var admin = new ApiKeyAuthentication("f", EnumSet.allOf(ApiRole.class));

        assertThat(access.decide(() -> anonymous, List.of(ApiRole.INGEST)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.KEY_MISSING);
        assertThat(access.decide(() -> null, List.of(ApiRole.INGEST)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.KEY_MISSING);
        assertThat(access.decide(() -> search, List.of(ApiRole.INGEST)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.ROLE_MISSING);
        assertThat(access.decide(() -> search, List.of(ApiRole.INGEST, ApiRole.SEARCH)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.GRANTED);
        assertThat(access.decide(() -> admin, List.of(ApiRole.ADMIN)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.GRANTED);
        assertThat(access.decide(() -> search, List.of(ApiRole.ADMIN)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.ROLE_MISSING);
    }

    @Test
    void unkeyedRolesAreOpenButAdminIsAlwaysKeyed() {
        ApiAccess access = new ApiAccess(new ApiKeys(new ApiKeyProperties("", "search-k", "")));
        assertThat(access.decide(() -> null, List.of(ApiRole.INGEST)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.GRANTED);
        assertThat(access.decide(() -> null, List.of(ApiRole.SEARCH)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.KEY_MISSING);
        assertThat(access.decide(() -> null, List.of(ApiRole.ADMIN)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.ADMIN_NOT_CONFIGURED);
        var search = new ApiKeyAuthentication("f", Set.of(ApiRole.SEARCH));
        assertThat(access.decide(() -> search, List.of(ApiRole.ADMIN)).outcome())
                .isEqualTo(ApiKeyDecision.Outcome.ADMIN_NOT_CONFIGURED);
    }
}
