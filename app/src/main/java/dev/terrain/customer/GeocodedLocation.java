package dev.terrain.customer;

/**
 * Where a customer is: its address, its coordinates if any, how they were obtained ({@code ENTERED},
 * {@code GEOCODED}, {@code DOUBTFUL}, {@code OUTDATED}, {@code MISSING}) and what the geocoder said about them.
 */
public record GeocodedLocation(CustomerId id, String name, String street, String postalCode, String city,
        String country, Double latitude, Double longitude, String quality, String note, String ownerName) {

    /** The address on one line, e.g. {@code 3 rue de la Paix, 69002 Lyon, FR}. */
    public String address() {
        var town = String.join(" ", java.util.stream.Stream.of(postalCode, city)
                .filter(p -> p != null && !p.isBlank()).toList());
        return String.join(", ", java.util.stream.Stream.of(street, town, country)
                .filter(p -> p != null && !p.isBlank()).toList());
    }
}
