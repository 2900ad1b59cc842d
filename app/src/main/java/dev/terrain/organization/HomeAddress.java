package dev.terrain.organization;

/** Where a rep's tours start and end: a postal address and its coordinates (WGS84 degrees). */
public record HomeAddress(String address, double latitude, double longitude) {
}
