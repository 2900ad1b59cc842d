package dev.terrain.customer.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Nominatim-compatible geocoding service (env {@code TERRAIN_GEOCODING_URL}; empty: no geocoding).
 *
 * @param url           the service's base URL, e.g. {@code https://nominatim.openstreetmap.org}
 * @param userAgent     sent with every request, as Nominatim's usage policy asks
 * @param minInterval   the least time between two requests of one node (default one second)
 * @param timeout       connection and answer timeout (default 10 seconds)
 * @param batchSize     customers one run of the job geocodes at most (default 50)
 * @param minImportance results less important than this are stored as doubtful (default 0.1)
 * @param retryAfter    how long an address that found nothing waits before it is tried again (default a day)
 * @param interval      pause between two runs of the job (default a minute)
 */
@ConfigurationProperties("terrain.geocoding")
public record GeocodingProperties(String url, String userAgent, Duration minInterval, Duration timeout,
        Integer batchSize, Double minImportance, Duration retryAfter, Duration interval) {

    public GeocodingProperties {
        url = url == null ? "" : url.trim();
        userAgent = userAgent == null || userAgent.isBlank() ? "Terrain field-sales (self-hosted)" : userAgent;
        minInterval = minInterval == null ? Duration.ofSeconds(1) : minInterval;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        batchSize = batchSize == null ? 50 : batchSize;
        minImportance = minImportance == null ? 0.1 : minImportance;
        retryAfter = retryAfter == null ? Duration.ofDays(1) : retryAfter;
        interval = interval == null ? Duration.ofMinutes(1) : interval;
    }

    public boolean configured() {
        return !url.isEmpty();
    }
}
