package dev.terrain.organization.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log that {@link JdbcAuditLog} writes: filtered, paged, newest first. */
@Repository
public class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded change. */
    public record AuditEntry(long id, Instant at, UUID actorId, String actorName, String entity, String entityId,
            String action, String summary) {
    }

    /**
     * What to look for; every part is optional. {@code actor} matches part of the actor's e-mail (any case) or
     * their exact user id; the period runs from {@code from} (inclusive) to {@code to} (exclusive).
     */
    public record AuditFilter(String entity, String entityId, String actor, String action, Instant from, Instant to) {
    }

    /** One page of entries, newest first, and how many match in all. */
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    public AuditPage find(AuditFilter filter, int page, int size) {
        var where = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        condition(where, params, "entity = :entity", "entity", filter.entity());
        condition(where, params, "entity_id = :entityId", "entityId", filter.entityId());
        condition(where, params, "action = :action", "action", filter.action());
        if (filter.actor() != null) {
            var id = uuid(filter.actor());
            if (id != null) {
                where.add("actor_id = :actorId");
                params.put("actorId", id);
            } else {
                where.add("lower(actor_name) like :actorName escape '\\'");
                params.put("actorName", "%" + likeEscaped(filter.actor().toLowerCase(java.util.Locale.ROOT)) + "%");
            }
        }
        if (filter.from() != null) {
            where.add("at >= :from");
            params.put("from", OffsetDateTime.ofInstant(filter.from(), java.time.ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("at < :to");
            params.put("to", OffsetDateTime.ofInstant(filter.to(), java.time.ZoneOffset.UTC));
        }
        var clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from audit_log" + clause).params(params).query(Long.class).single();
        var items = jdbc.sql("""
                select id, at, actor_id, actor_name, entity, entity_id, action, summary from audit_log"""
                + clause + " order by at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_name"), rs.getString("entity"), rs.getString("entity_id"),
                        rs.getString("action"), rs.getString("summary")))
                .list();
        return new AuditPage(items, page, size, total);
    }

    /** The entity kinds and actions recorded so far (at most 100 of each), to offer in filters. */
    public Map<String, List<String>> knownValues() {
        return Map.of(
                "entity", jdbc.sql("select distinct entity from audit_log order by entity limit 100")
                        .query(String.class).list(),
                "action", jdbc.sql("select distinct action from audit_log order by action limit 100")
                        .query(String.class).list());
    }

    private static void condition(List<String> where, Map<String, Object> params, String sql, String name,
            String value) {
        if (value != null) {
            where.add(sql);
            params.put(name, value);
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static UUID uuid(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
