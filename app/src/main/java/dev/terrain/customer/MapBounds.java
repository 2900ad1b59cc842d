package dev.terrain.customer;

import java.util.Locale;

import dev.terrain.platform.InvalidInputException;

/** A box on the map: west and east longitudes, south and north latitudes, in degrees. */
public record MapBounds(double west, double south, double east, double north) {

    private static final String FORMAT = "must be west,south,east,north in degrees, e.g. 4.7,45.7,4.9,45.8";

    public MapBounds {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new InvalidInputException("bbox", "latitudes must lie between -90 and 90, south not above north");
        }
        if (!(west >= -180 && east <= 180 && west <= east)) {
            throw new InvalidInputException("bbox", "longitudes must lie between -180 and 180, west not east of east");
        }
    }

    /** Reads {@code west,south,east,north}; blank gives null (the whole map). */
    public static MapBounds parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var parts = text.split(",");
        if (parts.length != 4) {
            throw new InvalidInputException("bbox", FORMAT);
        }
        var values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim().toLowerCase(Locale.ROOT));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("bbox", FORMAT);
            }
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException("bbox", FORMAT);
            }
        }
        return new MapBounds(values[0], values[1], values[2], values[3]);
    }
}
