package dev.terrain.customer;

import dev.terrain.organization.CurrentUser;

/** The map of customers: only those the viewer may see, and only those with coordinates. */
public interface MapManagement {

    /** The most markers one answer holds. */
    int MAX_MARKERS = 5000;

    /** Customers inside {@code bounds} (null: anywhere), at most {@link #MAX_MARKERS}. */
    CustomerMap map(CurrentUser viewer, MapBounds bounds);
}
