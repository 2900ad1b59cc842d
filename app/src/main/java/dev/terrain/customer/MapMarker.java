package dev.terrain.customer;

import java.time.LocalDate;

/** A customer on the map, with how overdue its next visit is. */
public record MapMarker(CustomerId id, String name, String city, double latitude, double longitude,
        String locationQuality, String ownerName, LocalDate lastVisitOn, Integer frequencyDays, Long daysSinceVisit,
        MapUrgency urgency) {
}
