package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Every users, groups, permissions and demo text exists in English and in French. */
class UsersMessagesTest {

    static Set<String> keys(String file) throws IOException {
        var properties = new Properties();
        try (var in = UsersMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.matches("^(users|groups|permissions|demo)\\..*"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(keys("organization_fr.properties")).isEqualTo(keys("organization.properties")).isNotEmpty();
    }

    @Test
    void everyActionAndAudienceHasAName() throws IOException {
        var keys = keys("organization.properties");
        for (var action : Action.values()) {
            assertThat(keys).contains("permissions.action." + action);
        }
        for (var audience : Audience.values()) {
            assertThat(keys).contains("permissions.audience." + audience);
        }
        for (var role : Role.values()) {
            assertThat(keys).contains("users.role." + role);
        }
    }
}
