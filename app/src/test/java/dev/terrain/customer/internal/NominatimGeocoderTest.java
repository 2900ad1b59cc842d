package dev.terrain.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.terrain.customer.internal.GeocodingOutcome.Kind;
import dev.terrain.customer.internal.NominatimServer.Answer;
import org.junit.jupiter.api.Test;

/** The geocoder against a local server speaking Nominatim's {@code /search?format=jsonv2}. */
class NominatimGeocoderTest {

    static final GeocodingAddress LYON = new GeocodingAddress("3 rue de la République", "69002", "Lyon", null, "FR");

    static NominatimGeocoder geocoder(String url, Duration interval) {
        return new NominatimGeocoder(new GeocodingProperties(url, "Terrain test", interval, Duration.ofSeconds(2), 10,
                0.1, null, null));
    }

    @Test
    void aGoodMatchGivesCoordinatesAndSendsAStructuredQueryWithTheUserAgent() throws Exception {
        try (var server = new NominatimServer(q -> new Answer(200, "[" + NominatimServer.place("45.7640", "4.8357",
                0.31, "69002", "Rue de la République, Lyon, France") + "]"))) {
            var outcome = geocoder(server.url(), Duration.ZERO).geocode(LYON);

            assertThat(outcome.kind()).isEqualTo(Kind.FOUND);
            assertThat(outcome.latitude()).isEqualTo(45.7640);
            assertThat(outcome.longitude()).isEqualTo(4.8357);
            assertThat(server.queries).singleElement().satisfies(q -> assertThat(q)
                    .contains("format=jsonv2", "street=3 rue de la République", "postalcode=69002", "city=Lyon",
                            "countrycodes=fr"));
            assertThat(server.userAgents).containsExactly("Terrain test");
        }
    }

    @Test
    void lowImportanceIsDoubtful() throws Exception {
        try (var server = new NominatimServer(q -> new Answer(200, "[" + NominatimServer.place("45.7", "4.8",
                0.01, "69002", "Somewhere") + "]"))) {
            var outcome = geocoder(server.url(), Duration.ZERO).geocode(LYON);
            assertThat(outcome.kind()).isEqualTo(Kind.DOUBTFUL);
            assertThat(outcome.latitude()).isEqualTo(45.7);
            assertThat(outcome.note()).contains("importance");
        }
    }

    @Test
    void anotherPostalCodeIsDoubtful() throws Exception {
        try (var server = new NominatimServer(q -> new Answer(200, "[" + NominatimServer.place("45.75", "4.85",
                0.5, "69007", "Lyon 7e") + "]"))) {
            var outcome = geocoder(server.url(), Duration.ZERO).geocode(LYON);
            assertThat(outcome.kind()).isEqualTo(Kind.DOUBTFUL);
            assertThat(outcome.note()).contains("69007");
        }
    }

    @Test
    void noResultIsNotFoundAndAnHttpErrorOrGarbageIsAFailure() throws Exception {
        try (var empty = new NominatimServer(q -> new Answer(200, "[]"));
                var broken = new NominatimServer(q -> new Answer(503, ""));
                var garbage = new NominatimServer(q -> new Answer(200, "<html>busy</html>"))) {
            assertThat(geocoder(empty.url(), Duration.ZERO).geocode(LYON).kind()).isEqualTo(Kind.NOT_FOUND);
            var failed = geocoder(broken.url(), Duration.ZERO).geocode(LYON);
            assertThat(failed.kind()).isEqualTo(Kind.FAILED);
            assertThat(failed.note()).contains("503");
            assertThat(geocoder(garbage.url(), Duration.ZERO).geocode(LYON).kind()).isEqualTo(Kind.FAILED);
        }
        assertThat(geocoder("http://127.0.0.1:9", Duration.ZERO).geocode(LYON).kind()).isEqualTo(Kind.FAILED);
    }

    @Test
    void requestsKeepTheirDistance() throws Exception {
        try (var server = new NominatimServer(q -> new Answer(200, "[]"))) {
            var geocoder = geocoder(server.url(), Duration.ofMillis(300));
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                geocoder.geocode(LYON);
            }
            // Measured where the spacing is made: the third request cannot leave before two intervals have
            // passed. (Arrival times at the server would add the network's jitter.)
            assertThat(server.times).hasSize(3);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(600).toNanos());
        }
    }

    @Test
    void postalCodesCompareWithoutSpaces() {
        assertThat(NominatimGeocoder.postcodeMatches("SW1A 1AA", "SW1A1AA")).isTrue();
        assertThat(NominatimGeocoder.postcodeMatches("69002", "69001;69002")).isTrue();
        assertThat(NominatimGeocoder.postcodeMatches("69002", "69003")).isFalse();
        assertThat(NominatimGeocoder.postcodeMatches(null, "69003")).isTrue();
    }
}
