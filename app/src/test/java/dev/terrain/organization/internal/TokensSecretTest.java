package dev.terrain.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

/** API token secrets are long, random, URL-safe, recognisable, and stored only as a hash. */
class TokensSecretTest {

    @Test
    void aSecretIsPrefixedAndCarries32RandomBytesInUrlSafeCharacters() {
        var secret = TokenSecrets.generate();

        assertThat(secret).startsWith("trn_").hasSize(4 + 43).matches("trn_[A-Za-z0-9_-]{43}");
    }

    @Test
    void secretsDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(TokenSecrets.generate())).isTrue();
        }
    }

    @Test
    void theHashIsSha256InHex() {
        assertThat(TokenSecrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void listsShowOnlyTheStartOfASecret() {
        assertThat(TokenSecrets.shownPart("trn_ABCDEFGHIJKLMNOP")).isEqualTo("trn_ABCDEFGH");
    }

    @Test
    void onlyTerrainTokensOfSaneLengthAreLookedUp() {
        assertThat(TokenSecrets.looksLikeToken(TokenSecrets.generate())).isTrue();
        assertThat(TokenSecrets.looksLikeToken("ghp_something")).isFalse();
        assertThat(TokenSecrets.looksLikeToken("trn_" + "x".repeat(200))).isFalse();
        assertThat(TokenSecrets.looksLikeToken(null)).isFalse();
    }
}
