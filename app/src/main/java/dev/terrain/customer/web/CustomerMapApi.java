package dev.terrain.customer.web;

import dev.terrain.customer.MapBounds;
import dev.terrain.customer.MapManagement;
import dev.terrain.organization.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer map's data over REST: the caller's visible customers with coordinates. */
@RestController
@Tag(name = "Customer map", description = "Visible customers with coordinates and how overdue their next visit is.")
class CustomerMapApi {

    private final MapManagement map;

    CustomerMapApi(MapManagement map) {
        this.map = map;
    }

    @GetMapping("/api/v1/customers/map")
    @Operation(summary = "Visible customers with coordinates, at most 5,000 (truncated=true when there are more)",
            description = "bbox=west,south,east,north (degrees) narrows to a box. urgency: ON_TRACK, DUE_SOON, OVERDUE "
                    + "(also never visited), LONG_OVERDUE, NO_TARGET.")
    CustomerMapJson map(CurrentUser viewer, @RequestParam(required = false) String bbox) {
        return CustomerMapJson.of(map.map(viewer, MapBounds.parse(bbox)));
    }
}
