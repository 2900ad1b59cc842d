package dev.terrain.customer.web;

import java.util.UUID;

import dev.terrain.customer.GeocodedLocation;

/** A customer's location in JSON. */
record GeocodingJson(UUID id, String name, String street, String postalCode, String city, String country,
        Double latitude, Double longitude, String quality, String note, String ownerName) {

    static GeocodingJson of(GeocodedLocation l) {
        return new GeocodingJson(l.id().value(), l.name(), l.street(), l.postalCode(), l.city(), l.country(),
                l.latitude(), l.longitude(), l.quality(), l.note(), l.ownerName());
    }
}
