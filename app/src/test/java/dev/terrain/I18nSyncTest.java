package dev.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text exists in English and French: each bundle has the same keys as its {@code _fr} twin, every
 * {@code #{key}} a template uses exists, and messages with arguments double their apostrophes.
 */
class I18nSyncTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyBundleHasTheSameKeysAsItsFrenchTwin() throws IOException {
        var english = englishBundles();
        assertThat(english).isNotEmpty();
        for (var bundle : english) {
            var twin = bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_fr.properties"));
            assertThat(twin).as("French twin of %s", bundle).exists();
            var keys = load(bundle).stringPropertyNames();
            var frenchKeys = load(twin).stringPropertyNames();
            assertThat(difference(keys, frenchKeys)).as("keys of %s missing in %s", bundle, twin).isEmpty();
            assertThat(difference(frenchKeys, keys)).as("keys of %s missing in %s", twin, bundle).isEmpty();
        }
    }

    @Test
    void everyFrenchBundleHasAnEnglishTwin() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.filter(file -> file.getFileName().toString().endsWith("_fr.properties")).forEach(french ->
                    assertThat(french.resolveSibling(french.getFileName().toString().replace("_fr.properties", ".properties")))
                            .exists());
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        var known = new HashSet<String>();
        for (var bundle : englishBundles()) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (var template : files.filter(file -> file.toString().endsWith(".html")).toList()) {
                var matcher = MESSAGE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined in no bundle").isEmpty();
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        var broken = new TreeSet<String>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (var bundle : files.filter(file -> file.toString().endsWith(".properties")).toList()) {
                var messages = load(bundle);
                for (var key : messages.stringPropertyNames()) {
                    var text = messages.getProperty(key);
                    if (text.contains("{0}") && LONE_APOSTROPHE.matcher(text).find()) {
                        broken.add(bundle.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(broken).as("a lone ' hides the arguments of a message; write ''").isEmpty();
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return new ArrayList<>(files
                    .filter(file -> file.toString().endsWith(".properties") && !file.getFileName().toString().contains("_"))
                    .sorted()
                    .toList());
        }
    }

    private static Properties load(Path bundle) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        var result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
