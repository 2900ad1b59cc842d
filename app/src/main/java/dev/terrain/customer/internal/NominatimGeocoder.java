package dev.terrain.customer.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a Nominatim-compatible service ({@code /search?format=jsonv2}, structured query) for one address at a
 * time, no faster than the configured interval. The best result is doubtful when its importance is below the
 * threshold or its postal code differs from the customer's.
 */
class NominatimGeocoder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GeocodingProperties properties;
    private final HttpClient http;
    private long nextRequestAt;

    NominatimGeocoder(GeocodingProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.nextRequestAt = System.nanoTime();
    }

    boolean configured() {
        return properties.configured();
    }

    GeocodingOutcome geocode(GeocodingAddress address) {
        try {
            waitForTurn();
            var request = HttpRequest.newBuilder(uri(address)).timeout(properties.timeout())
                    .header("User-Agent", properties.userAgent()).header("Accept", "application/json").GET().build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return GeocodingOutcome.failed("geocoding service answered HTTP " + response.statusCode());
            }
            return read(JSON.readTree(response.body()), address);
        } catch (IOException | RuntimeException e) {
            return GeocodingOutcome.failed("geocoding service unreachable or unreadable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GeocodingOutcome.failed("interrupted");
        }
    }

    private GeocodingOutcome read(JsonNode results, GeocodingAddress address) {
        if (!results.isArray()) {
            return GeocodingOutcome.failed("geocoding service answered something else than a list of places");
        }
        if (results.isEmpty()) {
            return GeocodingOutcome.notFound();
        }
        var best = results.get(0);
        double latitude = Double.parseDouble(best.path("lat").asString());
        double longitude = Double.parseDouble(best.path("lon").asString());
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            return GeocodingOutcome.failed("geocoding service answered coordinates out of range");
        }
        var place = shorten(best.path("display_name").asString(""));
        var importance = best.path("importance");
        if (importance.isNumber() && importance.doubleValue() < properties.minImportance()) {
            return GeocodingOutcome.doubtful(latitude, longitude, shorten("low importance "
                    + importance.doubleValue() + ": " + place));
        }
        var postcode = best.path("address").path("postcode").asString("");
        if (!postcodeMatches(address.postalCode(), postcode)) {
            return GeocodingOutcome.doubtful(latitude, longitude, shorten("postal code " + postcode
                    + " instead of " + address.postalCode() + ": " + place));
        }
        return GeocodingOutcome.found(latitude, longitude, place);
    }

    /** Equal once spaces are dropped; a result without postal code, or an address without one, matches. */
    static boolean postcodeMatches(String wanted, String found) {
        if (wanted == null || wanted.isBlank() || found == null || found.isBlank()) {
            return true;
        }
        var normal = normal(wanted);
        return Arrays.stream(found.split("[;,]")).map(NominatimGeocoder::normal).anyMatch(normal::equals);
    }

    private static String normal(String postcode) {
        return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private URI uri(GeocodingAddress address) {
        var base = properties.url().replaceAll("/+$", "");
        var query = new StringBuilder(base.endsWith("/search") ? base : base + "/search")
                .append("?format=jsonv2&addressdetails=1&limit=1");
        append(query, "street", address.street());
        append(query, "postalcode", address.postalCode());
        append(query, "city", address.city());
        append(query, "state", address.region());
        append(query, "countrycodes", address.country() == null ? null : address.country().toLowerCase(Locale.ROOT));
        return URI.create(query.toString());
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    /** Keeps at least {@code minInterval} between two requests of this node. */
    private void waitForTurn() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long at = Math.max(now, nextRequestAt);
            nextRequestAt = at + properties.minInterval().toNanos();
            wait = at - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static String shorten(String text) {
        return text.length() > 280 ? text.substring(0, 280) : text;
    }
}
