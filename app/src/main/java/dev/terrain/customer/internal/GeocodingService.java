package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomersChanged;
import dev.terrain.customer.GeocodedLocation;
import dev.terrain.customer.GeocodingManagement;
import dev.terrain.customer.internal.TransferTexts.Problem;
import dev.terrain.organization.Action;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.ResultPage;
import dev.terrain.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out {@link GeocodingManagement}: lists location problems, places customers by hand. */
@Service
@Transactional
class GeocodingService implements GeocodingManagement {

    private final GeocodingLocations locations;
    private final TransferTexts texts;
    private final Permissions permissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    GeocodingService(GeocodingLocations locations, TransferTexts texts, Permissions permissions, AuditLog audit,
            ApplicationEventPublisher events) {
        this.locations = locations;
        this.texts = texts;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<GeocodedLocation> problems(CurrentUser viewer, String quality, Paging paging) {
        requireSignedIn(viewer);
        String wanted = null;
        if (quality != null && !quality.isBlank()) {
            wanted = quality.trim().toUpperCase(Locale.ROOT);
            if (!wanted.equals("MISSING") && !wanted.equals("OUTDATED") && !wanted.equals("DOUBTFUL")) {
                throw texts.invalid("quality", "geocoding.error.quality");
            }
        }
        return locations.problems(viewer, wanted, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public GeocodedLocation location(CurrentUser viewer, CustomerId id) {
        requireSignedIn(viewer);
        return locations.find(viewer, id.value(), false).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    @Override
    public GeocodedLocation place(CurrentUser actor, CustomerId id, Double latitude, Double longitude) {
        requireSignedIn(actor);
        var before = locations.find(actor, id.value(), true).orElseThrow(() -> new NotFoundException("Customer", id));
        permissions.check(actor, Action.EDIT_CUSTOMERS);
        var problems = new ArrayList<Problem>();
        if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
            problems.add(new Problem("latitude", "geocoding.error.latitude"));
        }
        if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
            problems.add(new Problem("longitude", "geocoding.error.longitude"));
        }
        texts.failOn(problems);
        locations.place(id.value(), latitude, longitude);
        audit.record("customer", id, "located", "coordinates: " + before.latitude() + ", " + before.longitude()
                + " (" + before.quality() + ") -> " + latitude + ", " + longitude + " (ENTERED)");
        events.publishEvent(new CustomersChanged(Set.of(id)));
        return locations.find(actor, id.value(), false).orElseThrow();
    }

    private static void requireSignedIn(CurrentUser user) {
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("Sign in first");
        }
    }
}
