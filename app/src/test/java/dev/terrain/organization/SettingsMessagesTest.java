package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import dev.terrain.organization.internal.SettingKey;
import org.junit.jupiter.api.Test;

/** The settings and audit texts exist in English and French, and every setting has a label. */
class SettingsMessagesTest {

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = SettingsMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> ownKeys(Properties bundle) {
        var keys = new TreeSet<String>();
        bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("settings.") || key.startsWith("audit."))
                .forEach(keys::add);
        return keys;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(ownKeys(bundle("organization_fr"))).isEqualTo(ownKeys(bundle("organization")));
    }

    @Test
    void everySettingAndDayHasALabel() throws IOException {
        var english = bundle("organization");
        for (var key : SettingKey.values()) {
            assertThat(english).containsKey("settings.field." + key.key());
        }
        for (var day : DayOfWeek.values()) {
            assertThat(english).containsKey("settings.day." + day.name());
        }
    }
}
