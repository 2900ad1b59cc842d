package dev.terrain.customer.internal;

/**
 * What the geocoder answered for one address: coordinates (good or doubtful), nothing found, or a failure of the
 * service. {@code note} says why a result is doubtful or missing, or names the place found.
 */
record GeocodingOutcome(Kind kind, Double latitude, Double longitude, String note) {

    enum Kind { FOUND, DOUBTFUL, NOT_FOUND, FAILED }

    static GeocodingOutcome found(double latitude, double longitude, String place) {
        return new GeocodingOutcome(Kind.FOUND, latitude, longitude, place);
    }

    static GeocodingOutcome doubtful(double latitude, double longitude, String why) {
        return new GeocodingOutcome(Kind.DOUBTFUL, latitude, longitude, why);
    }

    static GeocodingOutcome notFound() {
        return new GeocodingOutcome(Kind.NOT_FOUND, null, null, "no match for this address");
    }

    static GeocodingOutcome failed(String why) {
        return new GeocodingOutcome(Kind.FAILED, null, null, why);
    }

    boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
