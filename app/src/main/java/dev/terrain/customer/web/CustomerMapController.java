package dev.terrain.customer.web;

import dev.terrain.customer.MapUrgency;
import dev.terrain.customer.internal.MapProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The customer map page: Leaflet, circle markers coloured by urgency, a legend. Its script loads the markers from
 * {@link CustomerMapDataController}.
 */
@Controller
class CustomerMapController {

    private final MapProperties properties;

    CustomerMapController(MapProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/customers/map")
    String page(Model model) {
        model.addAttribute("tilesUrl", properties.tilesUrl());
        model.addAttribute("attribution", properties.attribution());
        model.addAttribute("urgencies", MapUrgency.values());
        return "customer/map";
    }
}
