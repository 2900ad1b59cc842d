package dev.terrain.customer.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.terrain.customer.CustomerMap;
import dev.terrain.customer.MapMarker;
import dev.terrain.customer.MapUrgency;

/** The customer map in JSON: ids as plain strings. */
record CustomerMapJson(List<MarkerJson> markers, boolean truncated) {

    record MarkerJson(UUID id, String name, String city, double latitude, double longitude, String locationQuality,
            String ownerName, LocalDate lastVisitOn, Integer frequencyDays, Long daysSinceVisit, MapUrgency urgency) {

        static MarkerJson of(MapMarker m) {
            return new MarkerJson(m.id().value(), m.name(), m.city(), m.latitude(), m.longitude(), m.locationQuality(),
                    m.ownerName(), m.lastVisitOn(), m.frequencyDays(), m.daysSinceVisit(), m.urgency());
        }
    }

    static CustomerMapJson of(CustomerMap map) {
        return new CustomerMapJson(map.markers().stream().map(MarkerJson::of).toList(), map.truncated());
    }
}
