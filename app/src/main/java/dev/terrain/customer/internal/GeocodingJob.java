package dev.terrain.customer.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomersChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Geocodes, in the background, customers with an address and no coordinates ({@code MISSING}) or those of an
 * earlier address ({@code OUTDATED}, kept until an answer with coordinates replaces them), when a service is
 * configured. One customer per transaction, its row locked and skipped by other nodes; an address that found
 * nothing (or met a failing service) is tried again after {@code terrain.geocoding.retry-after}.
 */
@Component
class GeocodingJob {

    private static final Logger log = LoggerFactory.getLogger(GeocodingJob.class);

    private final GeocodingLocations locations;
    private final GeocodingProperties properties;
    private final NominatimGeocoder geocoder;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    GeocodingJob(GeocodingLocations locations, GeocodingProperties properties, TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.locations = locations;
        this.properties = properties;
        this.geocoder = new NominatimGeocoder(properties);
        this.transaction = transaction;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${terrain.geocoding.interval:PT1M}", initialDelayString = "${terrain.geocoding.initial-delay:PT30S}")
    void runScheduled() {
        if (!geocoder.configured()) {
            return;
        }
        try {
            int done = run(geocoder, properties.batchSize(), null);
            if (done > 0) {
                log.info("Geocoding: {} customer(s) tried", done);
            }
        } catch (RuntimeException e) {
            log.error("Geocoding: the run failed; the next run tries again", e);
        }
    }

    /**
     * Geocodes up to {@code limit} waiting customers (only those in {@code only}, when given) with the geocoder.
     *
     * @return how many customers were tried
     */
    int run(NominatimGeocoder with, int limit, Collection<CustomerId> only) {
        var ids = only == null ? null : only.stream().map(CustomerId::value).toList();
        var triedBefore = Instant.now().minus(properties.retryAfter());
        int tried = 0;
        while (tried < limit && Boolean.TRUE.equals(transaction.execute(status -> locations.lockNextPending(triedBefore, ids)
                .map(pending -> geocode(with, pending.id(), pending.address())).orElse(false)))) {
            tried++;
        }
        return tried;
    }

    private boolean geocode(NominatimGeocoder with, UUID id, GeocodingAddress address) {
        var outcome = with.geocode(address);
        locations.saveGeocoding(id, outcome);
        if (outcome.hasCoordinates()) {
            events.publishEvent(new CustomersChanged(Set.of(new CustomerId(id))));
        }
        return true;
    }
}
