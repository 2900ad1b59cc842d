package dev.terrain.customer.internal;

/** The parts of a customer's address the geocoder searches by; any may be null. */
record GeocodingAddress(String street, String postalCode, String city, String region, String country) {
}
