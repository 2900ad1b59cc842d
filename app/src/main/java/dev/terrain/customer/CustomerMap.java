package dev.terrain.customer;

import java.util.List;

/** The customers a viewer may see that have coordinates; {@code truncated} when there were more than shown. */
public record CustomerMap(List<MapMarker> markers, boolean truncated) {

    public CustomerMap {
        markers = List.copyOf(markers);
    }
}
