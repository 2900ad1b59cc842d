package dev.terrain.customer.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.terrain.customer.CustomFieldDefinition;
import dev.terrain.customer.CustomFieldType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The company's custom field definitions. */
@Repository
class CustomFields {

    private final JdbcClient jdbc;

    CustomFields(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomFieldDefinition> all() {
        return jdbc.sql("select * from custom_field_definitions order by position, key").query((rs, n) ->
                new CustomFieldDefinition(rs.getString("key"), rs.getString("label"), rs.getString("label_fr"),
                        CustomFieldType.valueOf(rs.getString("type")),
                        Arrays.asList((String[]) rs.getArray("options").getArray()), rs.getInt("position")))
                .list();
    }

    Map<String, CustomFieldDefinition> byKey() {
        var map = new LinkedHashMap<String, CustomFieldDefinition>();
        all().forEach(d -> map.put(d.key(), d));
        return map;
    }

    Optional<CustomFieldDefinition> find(String key) {
        return Optional.ofNullable(byKey().get(key));
    }

    void save(CustomFieldDefinition d) {
        jdbc.sql("""
                insert into custom_field_definitions (key, label, label_fr, type, options, position)
                values (:key, :label, :labelFr, :type, :options, :position)
                on conflict (key) do update set label = excluded.label, label_fr = excluded.label_fr,
                    type = excluded.type, options = excluded.options, position = excluded.position""")
                .param("key", d.key()).param("label", d.label()).param("labelFr", d.labelFr())
                .param("type", d.type().name()).param("options", d.options().toArray(String[]::new))
                .param("position", d.position()).update();
    }

    void delete(String key) {
        jdbc.sql("delete from custom_field_definitions where key = :key").param("key", key).update();
    }
}
