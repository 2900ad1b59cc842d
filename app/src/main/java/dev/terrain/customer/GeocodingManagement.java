package dev.terrain.customer;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;

/**
 * Customer coordinates: the customers whose location is missing, outdated or doubtful, for correction, and placing a
 * customer by hand (saved as {@code ENTERED}). Addresses without coordinates are geocoded in the background when
 * a Nominatim-compatible service is configured ({@code terrain.geocoding.url}), and so are those whose address
 * changed without new coordinates ({@code OUTDATED}).
 */
public interface GeocodingManagement {

    /**
     * Visible customers whose location is {@code MISSING}, {@code OUTDATED} or {@code DOUBTFUL}; {@code quality}
     * narrows to one of them (null: all three).
     */
    ResultPage<GeocodedLocation> problems(CurrentUser viewer, String quality, Paging paging);

    GeocodedLocation location(CurrentUser viewer, CustomerId id);

    /** Sets the customer's coordinates (needs {@code EDIT_CUSTOMERS}); bad values name latitude or longitude. */
    GeocodedLocation place(CurrentUser actor, CustomerId id, Double latitude, Double longitude);
}
