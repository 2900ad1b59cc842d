package dev.terrain.customer.web;

import dev.terrain.customer.GeocodingManagement;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customer coordinates over REST: the customers to correct, and setting coordinates by hand. */
@RestController
@Tag(name = "Customer locations", description = "Missing or doubtful coordinates, and placing customers by hand.")
class GeocodingApi {

    private final GeocodingManagement geocoding;

    GeocodingApi(GeocodingManagement geocoding) {
        this.geocoding = geocoding;
    }

    @GetMapping("/api/v1/customers/locations/problems")
    @Operation(summary = "Visible customers whose coordinates are MISSING, OUTDATED or DOUBTFUL, paged; quality narrows to one")
    ResultPage<GeocodingJson> problems(CurrentUser viewer, @RequestParam(required = false) String quality,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return geocoding.problems(viewer, quality, new Paging(page, size, null)).map(GeocodingJson::of);
    }

    @PutMapping("/api/v1/customers/{id}/location")
    @Operation(summary = "Sets a customer's coordinates (saved as ENTERED); 400 names latitude or longitude when out of range")
    GeocodingJson place(CurrentUser actor, @PathVariable String id, @RequestBody LocationJson body) {
        var sent = body == null ? new LocationJson(null, null) : body;
        return GeocodingJson.of(geocoding.place(actor, CustomerParams.customer(id), TransferIds.coordinate(sent.latitude()),
                TransferIds.coordinate(sent.longitude())));
    }

    /** Coordinates as sent: numbers, or text holding numbers. */
    record LocationJson(Object latitude, Object longitude) {
    }
}
