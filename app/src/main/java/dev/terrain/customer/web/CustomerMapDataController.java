package dev.terrain.customer.web;

import dev.terrain.customer.MapBounds;
import dev.terrain.customer.MapManagement;
import dev.terrain.organization.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map page's data with the signed-in session (the API itself takes bearer tokens only): the same answer and
 * visibility as {@code GET /api/v1/customers/map}.
 */
@RestController
class CustomerMapDataController {

    private final MapManagement map;

    CustomerMapDataController(MapManagement map) {
        this.map = map;
    }

    @GetMapping("/customers/map/data")
    CustomerMapJson data(CurrentUser viewer, @RequestParam(required = false) String bbox) {
        return CustomerMapJson.of(map.map(viewer, MapBounds.parse(bbox)));
    }
}
