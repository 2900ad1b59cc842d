package dev.terrain.customer.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerMap;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.customer.MapBounds;
import dev.terrain.customer.MapManagement;
import dev.terrain.customer.MapMarker;
import dev.terrain.customer.MapUrgency;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.SettingsManagement;
import dev.terrain.organization.WorkingSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the map through the visibility rule and rates each customer's urgency against its visit frequency. */
@Service
@Transactional(readOnly = true)
class MapService implements MapManagement {

    private final JdbcClient jdbc;
    private final CustomerVisibility visibility;
    private final SettingsManagement settings;
    private final TransferClock clock;

    MapService(JdbcClient jdbc, CustomerVisibility visibility, SettingsManagement settings, TransferClock clock) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CustomerMap map(CurrentUser viewer, MapBounds bounds) {
        if (viewer == null) {
            throw new org.springframework.security.access.AccessDeniedException("Sign in to see the map");
        }
        var company = settings.company();
        var today = clock.today();
        var visible = visibility.visibleTo(viewer, "c");
        var query = jdbc.sql("""
                select c.id, c.name, c.city, c.latitude, c.longitude, c.location_quality, c.category,
                       c.visit_frequency_days, c.last_visit_on, u.display_name as owner_name
                from customers c left join users u on u.id = c.owner_id
                where c.latitude is not null and c.longitude is not null and """ + visible.sql()
                        + (bounds == null ? "" : " and c.latitude between :south and :north and c.longitude between :west and :east")
                        + " order by c.id limit :limit")
                .params(visible.parameters()).param("limit", MAX_MARKERS + 1);
        if (bounds != null) {
            query = query.param("south", bounds.south()).param("north", bounds.north())
                    .param("west", bounds.west()).param("east", bounds.east());
        }
        var markers = query.query((rs, n) -> marker(rs, company, today)).list();
        boolean truncated = markers.size() > MAX_MARKERS;
        return new CustomerMap(truncated ? markers.subList(0, MAX_MARKERS) : markers, truncated);
    }

    private static MapMarker marker(java.sql.ResultSet rs, WorkingSettings company, LocalDate today)
            throws java.sql.SQLException {
        var own = rs.getObject("visit_frequency_days", Integer.class);
        var byCategory = company.visitFrequencyDays(rs.getString("category"));
        Integer frequency = own != null ? own : byCategory.isPresent() ? byCategory.getAsInt() : null;
        var lastVisit = rs.getObject("last_visit_on", LocalDate.class);
        Long days = lastVisit == null ? null : Math.max(0, ChronoUnit.DAYS.between(lastVisit, today));
        return new MapMarker(new CustomerId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("city"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("location_quality"),
                rs.getString("owner_name"), lastVisit, frequency, days, MapUrgency.of(days, frequency));
    }
}
