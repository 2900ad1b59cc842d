package dev.terrain.customer;

/** How far the coordinates of a customer's visit address can be trusted. */
public enum LocationQuality {
    /** Typed in by a person or sent by an ERP. */
    ENTERED,
    /** Found by a geocoder with good confidence. */
    GEOCODED,
    /** Found by a geocoder with low confidence; worth a look. */
    DOUBTFUL,
    /**
     * Coordinates of an earlier address: the address changed and no new coordinates came with it. They stay on
     * the map until the geocoder or a person places the new address.
     */
    OUTDATED,
    /** No coordinates: the customer cannot be planned. */
    MISSING
}
