package dev.terrain.customer.web;

import java.util.Map;
import java.util.Set;

import dev.terrain.customer.GeocodingManagement;
import dev.terrain.customer.internal.MapProperties;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customers whose coordinates are missing, outdated or doubtful (an htmx request gets only the results), and a page per
 * customer to place it with a pin on the map (or by typing coordinates), saved as entered.
 */
@Controller
class GeocodingController {

    private static final Set<String> QUALITIES = Set.of("MISSING", "OUTDATED", "DOUBTFUL");

    private final GeocodingManagement geocoding;
    private final MapProperties map;

    GeocodingController(GeocodingManagement geocoding, MapProperties map) {
        this.geocoding = geocoding;
        this.map = map;
    }

    @GetMapping("/customers/locations")
    String list(CurrentUser viewer, @RequestParam(required = false) String quality,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var wanted = QUALITIES.contains(String.valueOf(quality)) ? quality : null;
        model.addAttribute("page", geocoding.problems(viewer, wanted, new Paging(page, Paging.DEFAULT_SIZE, null)));
        model.addAttribute("quality", wanted);
        return htmx != null ? "customer/geocoding-list :: results" : "customer/geocoding-list";
    }

    @GetMapping("/customers/locations/{id}")
    String pin(CurrentUser viewer, @PathVariable String id, Model model) {
        var location = geocoding.location(viewer, CustomerParams.customer(id));
        return pinPage(location, location.latitude() == null ? "" : location.latitude().toString(),
                location.longitude() == null ? "" : location.longitude().toString(), Map.of(), model);
    }

    @PostMapping("/customers/locations/{id}")
    String place(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String latitude,
            @RequestParam(required = false) String longitude, Model model, HttpServletResponse response) {
        var customer = CustomerParams.customer(id);
        try {
            geocoding.place(actor, customer, TransferIds.coordinate(latitude), TransferIds.coordinate(longitude));
            return "redirect:/customers/locations/" + customer + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            var problems = new java.util.LinkedHashMap<String, String>();
            e.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
            return pinPage(geocoding.location(actor, customer), latitude, longitude, problems, model);
        }
    }

    private String pinPage(Object location, String latitude, String longitude, Map<String, String> problems,
            Model model) {
        model.addAttribute("location", location);
        model.addAttribute("latitude", latitude);
        model.addAttribute("longitude", longitude);
        model.addAttribute("problems", problems);
        model.addAttribute("tilesUrl", map.tilesUrl());
        model.addAttribute("attribution", map.attribution());
        return "customer/geocoding-pin";
    }
}
