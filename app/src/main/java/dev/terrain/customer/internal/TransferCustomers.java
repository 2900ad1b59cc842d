package dev.terrain.customer.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.customer.TransferCandidate;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer rows a transfer reads and changes: always through the visibility rule when a user reads. */
@Repository
class TransferCustomers {

    private final JdbcClient jdbc;
    private final CustomerVisibility visibility;

    TransferCustomers(JdbcClient jdbc, CustomerVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    record Selected(UUID id, String name, UUID ownerId) {
    }

    /** The customers among {@code ids} the actor sees, locked until the transaction ends. */
    List<Selected> lockVisible(CurrentUser actor, Collection<UUID> ids) {
        var visible = visibility.visibleTo(actor, "c");
        return jdbc.sql("select c.id, c.name, c.owner_id from customers c where c.id = any(cast(:ids as uuid[])) and "
                        + visible.sql() + " order by c.id for update of c")
                .param("ids", strings(ids)).params(visible.parameters())
                .query((rs, n) -> new Selected(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("owner_id", UUID.class)))
                .list();
    }

    /** Every customer the user owns, locked. */
    List<Selected> lockOwnedBy(UUID owner) {
        return jdbc.sql("select c.id, c.name, c.owner_id from customers c where c.owner_id = :owner order by c.name, c.id for update")
                .param("owner", owner)
                .query((rs, n) -> new Selected(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("owner_id", UUID.class)))
                .list();
    }

    /** Locks the customers and answers their current owners. */
    java.util.Map<UUID, UUID> lockOwners(Collection<UUID> ids) {
        var owners = new HashMap<UUID, UUID>();
        jdbc.sql("select id, owner_id from customers where id = any(cast(:ids as uuid[])) order by id for update")
                .param("ids", strings(ids))
                .query(rs -> {
                    owners.put(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class));
                });
        return owners;
    }

    void changeOwner(Collection<UUID> ids, UUID owner) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update customers set owner_id = :owner, updated_at = now(), version = version + 1
                where id = any(cast(:ids as uuid[]))""")
                .param("owner", owner).param("ids", strings(ids)).update();
    }

    /**
     * Gives the customers a transfer moved back to the owners they had before it, except those no longer with
     * the target (moved again meanwhile) and those whose original owner has left. Answers the returned ones.
     */
    List<UUID> returnMoved(UUID transfer, UUID target) {
        return jdbc.sql("""
                update customers c set owner_id = i.original_owner_id, updated_at = now(), version = c.version + 1
                from customer_transfer_items i
                join users o on o.id = i.original_owner_id and o.active
                where i.transfer_id = :t and i.state = 'MOVED' and c.id = i.customer_id and c.owner_id = :target
                returning c.id""")
                .param("t", transfer).param("target", target).query(UUID.class).list();
    }

    ResultPage<TransferCandidate> candidates(CurrentUser actor, String text, Paging paging) {
        var visible = visibility.visibleTo(actor, "c");
        var where = " where " + visible.sql() + matching(text);
        var total = jdbc.sql("select count(*) from customers c left join users u on u.id = c.owner_id" + where)
                .params(visible.parameters()).param("text", pattern(text)).query(Long.class).single();
        var items = jdbc.sql("""
                select c.id, c.name, c.city, c.owner_id, u.display_name from customers c
                left join users u on u.id = c.owner_id""" + where
                        + " order by lower(c.name), c.id limit :limit offset :offset")
                .params(visible.parameters()).param("text", pattern(text))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new TransferCandidate(new CustomerId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getString("city"), rs.getObject("owner_id", UUID.class),
                        rs.getString("display_name")))
                .list();
        return ResultPage.of(items, paging.page(), paging.size(), total);
    }

    List<CustomerId> allCandidates(CurrentUser actor, String text, int limit) {
        var visible = visibility.visibleTo(actor, "c");
        return jdbc.sql("select c.id from customers c left join users u on u.id = c.owner_id where " + visible.sql()
                        + matching(text) + " order by lower(c.name), c.id limit :limit")
                .params(visible.parameters()).param("text", pattern(text)).param("limit", limit)
                .query((rs, n) -> new CustomerId(rs.getObject("id", UUID.class))).list();
    }

    private static String matching(String text) {
        return text == null || text.isBlank() ? " and cast(:text as text) is null"
                : " and (lower(c.name) like :text escape '\\' or lower(coalesce(c.city, '')) like :text escape '\\'"
                        + " or lower(coalesce(u.display_name, '')) like :text escape '\\')";
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var trimmed = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (trimmed.length() > 200) {
            trimmed = trimmed.substring(0, 200);
        }
        return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static String[] strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
