package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.terrain.customer.CustomerView;

/** Describes what an edit changed, for the audit log: {@code city: Lyon -> Villeurbanne; category: B -> A}. */
final class CustomerChanges {

    private CustomerChanges() {
    }

    static String between(CustomerView before, CustomerView after) {
        var old = fields(before);
        var now = fields(after);
        var changes = new ArrayList<String>();
        now.forEach((name, value) -> {
            if (!Objects.equals(old.get(name), value)) {
                changes.add(name + ": " + shorten(old.get(name)) + " -> " + shorten(value));
            }
        });
        return String.join("; ", changes);
    }

    private static Map<String, Object> fields(CustomerView c) {
        var a = c.address();
        var p = c.visitPolicy();
        var map = new LinkedHashMap<String, Object>();
        map.put("externalId", c.externalId());
        map.put("name", c.name());
        map.put("street", a.street());
        map.put("postalCode", a.postalCode());
        map.put("city", a.city());
        map.put("region", a.region());
        map.put("country", a.country());
        map.put("latitude", a.latitude());
        map.put("longitude", a.longitude());
        map.put("phone", c.phone());
        map.put("email", c.email());
        map.put("category", c.category());
        map.put("segment", c.segment());
        map.put("industry", c.industry());
        map.put("status", c.status());
        map.put("annualRevenue", c.annualRevenue());
        map.put("potential", c.potential());
        map.put("ytdSales", c.ytdSales());
        map.put("owner", c.owner() == null ? null : c.owner().id());
        map.put("customFields", c.customFields());
        map.put("visitFrequencyDays", p.frequencyDays());
        map.put("visitDurationMinutes", p.durationMinutes());
        map.put("priority", p.priority());
        map.put("preferredDays", p.preferredDays());
        map.put("doNotPlan", p.doNotPlan());
        map.put("openingHours", p.openingHours().stream()
                .map(i -> i.day().name().substring(0, 3) + " " + i.opens() + "-" + i.closes()).toList());
        map.put("closingDays", p.closingDays().stream().map(d -> d.firstDay() + ".." + d.lastDay()).toList());
        map.put("lastVisitOn", c.lastVisitOn());
        return map;
    }

    private static String shorten(Object value) {
        var text = String.valueOf(value);
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
