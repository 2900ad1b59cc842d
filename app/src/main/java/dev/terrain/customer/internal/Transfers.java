package dev.terrain.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.customer.TransferFilter;
import dev.terrain.customer.TransferMode;
import dev.terrain.customer.TransferParty;
import dev.terrain.customer.TransferStatus;
import dev.terrain.customer.TransferView;
import dev.terrain.customer.TransferredCustomer;
import dev.terrain.customer.internal.TransferCustomers.Selected;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores transfers and their customers. A user sees a transfer they made, gave or received, or one that gave to
 * or took from a user they supervise; admins see all.
 */
@Repository
class Transfers {

    private static final String RECORD = "id, mode, temporary, status, reason, from_user_id, to_user_id, starts_on, "
            + "ends_on, customer_count";

    private static final String SIGHT = """
            (:admin or t.created_by = :me or t.to_user_id = :me or t.from_user_id = :me
             or t.to_user_id in (select s.user_id from supervised_users s where s.supervisor_id = :me)
             or t.from_user_id in (select s.user_id from supervised_users s where s.supervisor_id = :me))""";

    private final JdbcClient jdbc;
    private final CustomerVisibility visibility;

    Transfers(JdbcClient jdbc, CustomerVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    void insert(TransferRecord t, CurrentUser actor) {
        jdbc.sql("""
                insert into customer_transfers (id, mode, temporary, status, reason, from_user_id, to_user_id, starts_on,
                                                ends_on, created_by, created_by_name, customer_count)
                values (:id, :mode, :temporary, :status, :reason, :from, :to, :startsOn, :endsOn, :by, :byName, :count)""")
                .param("id", t.id()).param("mode", t.mode().name()).param("temporary", t.temporary())
                .param("status", t.status().name()).param("reason", t.reason()).param("from", t.fromUserId())
                .param("to", t.toUserId()).param("startsOn", t.startsOn()).param("endsOn", t.endsOn())
                .param("by", actor == null ? null : actor.id().value())
                .param("byName", actor == null ? "system" : actor.email()).param("count", t.customerCount())
                .update();
    }

    void insertItems(UUID transfer, List<Selected> customers, String state) {
        jdbc.sql("""
                insert into customer_transfer_items (transfer_id, customer_id, position, customer_name, original_owner_id, state)
                select :transfer, cast(x.i as uuid), x.p, x.n, cast(x.o as uuid), :state
                from unnest(cast(:ids as text[]), cast(:names as text[]), cast(:owners as text[])) with ordinality as x(i, n, o, p)""")
                .param("transfer", transfer).param("state", state)
                .param("ids", customers.stream().map(c -> c.id().toString()).toArray(String[]::new))
                .param("names", customers.stream().map(Selected::name).toArray(String[]::new))
                .param("owners", customers.stream().map(c -> c.ownerId() == null ? null : c.ownerId().toString())
                        .toArray(String[]::new))
                .update();
    }

    Optional<TransferRecord> lock(UUID id) {
        return jdbc.sql("select " + RECORD + " from customer_transfers where id = :id for update")
                .param("id", id).query(Transfers::record).optional();
    }

    /** The next transfer whose first day has come, locked; one another node holds is skipped. */
    Optional<TransferRecord> lockNextToStart(LocalDate today) {
        return jdbc.sql("select " + RECORD + """
                 from customer_transfers where status = 'SCHEDULED' and starts_on <= :today
                order by starts_on, created_at limit 1 for update skip locked""")
                .param("today", today).query(Transfers::record).optional();
    }

    /** The next temporary transfer whose last day has passed, locked; one another node holds is skipped. */
    Optional<TransferRecord> lockNextToReturn(LocalDate today) {
        return jdbc.sql("select " + RECORD + """
                 from customer_transfers where status = 'ACTIVE' and temporary and ends_on < :today
                order by ends_on, created_at limit 1 for update skip locked""")
                .param("today", today).query(Transfers::record).optional();
    }

    /** Temporary transfers in force or waiting whose customers go to the user, locked. */
    List<TransferRecord> lockOpenTemporaryTo(UUID user) {
        return jdbc.sql("select " + RECORD + """
                 from customer_transfers where to_user_id = :user and temporary and status in ('SCHEDULED', 'ACTIVE')
                order by created_at for update""")
                .param("user", user).query(Transfers::record).list();
    }

    void setStatus(UUID id, TransferStatus status, LocalDate endedOn) {
        jdbc.sql("update customer_transfers set status = :status, ended_on = :endedOn, updated_at = now() where id = :id")
                .param("status", status.name()).param("endedOn", endedOn).param("id", id).update();
    }

    List<UUID> itemsIn(UUID transfer, String state) {
        return jdbc.sql("select customer_id from customer_transfer_items where transfer_id = :t and state = :state order by position")
                .param("t", transfer).param("state", state).query(UUID.class).list();
    }

    /**
     * Records, before a move, the owner each pending customer has now; a customer the target already owns is
     * {@code KEPT}, the others {@code MOVED}. Answers the customers to move.
     */
    List<UUID> markMoving(UUID transfer, UUID target) {
        jdbc.sql("""
                update customer_transfer_items i
                set original_owner_id = c.owner_id,
                    state = case when c.owner_id is not distinct from :target then 'KEPT' else 'MOVED' end
                from customers c
                where c.id = i.customer_id and i.transfer_id = :t and i.state = 'PENDING'""")
                .param("target", target).param("t", transfer).update();
        return itemsIn(transfer, "MOVED");
    }

    void markCopied(UUID transfer, Map<UUID, UUID> copies) {
        jdbc.sql("""
                update customer_transfer_items i set copy_id = cast(x.n as uuid), state = 'COPIED'
                from unnest(cast(:olds as text[]), cast(:news as text[])) as x(o, n)
                where i.transfer_id = :t and i.customer_id = cast(x.o as uuid)""")
                .param("olds", TransferCustomers.strings(copies.keySet()))
                .param("news", TransferCustomers.strings(copies.values())).param("t", transfer).update();
    }

    void mark(UUID transfer, Collection<UUID> customers, String state) {
        if (customers.isEmpty()) {
            return;
        }
        jdbc.sql("update customer_transfer_items set state = :state where transfer_id = :t and customer_id = any(cast(:ids as uuid[]))")
                .param("state", state).param("t", transfer).param("ids", TransferCustomers.strings(customers)).update();
    }

    Optional<TransferView> find(CurrentUser actor, UUID id) {
        return jdbc.sql(view() + " where t.id = :id and " + SIGHT)
                .param("id", id).param("admin", actor.isAdmin()).param("me", actor.id().value())
                .query((rs, n) -> view(rs, List.of())).optional();
    }

    ResultPage<TransferView> list(CurrentUser actor, TransferFilter filter, Paging paging) {
        var where = " where " + SIGHT + """
                 and (cast(:user as uuid) is null or t.to_user_id = :user or t.from_user_id = :user
                      or exists (select 1 from customer_transfer_items i where i.transfer_id = t.id and i.original_owner_id = :user))
                 and (cast(:status as text) is null or t.status = :status)""";
        var status = filter.status() == null ? null : filter.status().name();
        var total = jdbc.sql("select count(*) from customer_transfers t" + where)
                .param("admin", actor.isAdmin()).param("me", actor.id().value())
                .param("user", filter.user()).param("status", status).query(Long.class).single();
        var items = jdbc.sql(view() + where + " order by t.created_at desc, t.id limit :limit offset :offset")
                .param("admin", actor.isAdmin()).param("me", actor.id().value())
                .param("user", filter.user()).param("status", status)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> view(rs, List.of())).list();
        return ResultPage.of(items, paging.page(), paging.size(), total);
    }

    /** The transfer's customers the actor may see, in selection order. */
    List<TransferredCustomer> customers(CurrentUser actor, UUID transfer) {
        var visible = visibility.visibleTo(actor, "c");
        return jdbc.sql("""
                select i.customer_id, i.customer_name, c.city, i.original_owner_id, o.display_name, i.copy_id, i.state
                from customer_transfer_items i
                join customers c on c.id = i.customer_id
                left join users o on o.id = i.original_owner_id
                where i.transfer_id = :t and """ + visible.sql() + " order by i.position limit 5000")
                .param("t", transfer).params(visible.parameters())
                .query((rs, n) -> new TransferredCustomer(new CustomerId(rs.getObject("customer_id", UUID.class)),
                        rs.getString("customer_name"), rs.getString("city"),
                        party(rs.getObject("original_owner_id", UUID.class), rs.getString("display_name")),
                        rs.getObject("copy_id", UUID.class) == null ? null : new CustomerId(rs.getObject("copy_id", UUID.class)),
                        rs.getString("state")))
                .list();
    }

    private static String view() {
        return """
                select t.*, f.display_name as from_name, u.display_name as to_name
                from customer_transfers t
                left join users f on f.id = t.from_user_id
                join users u on u.id = t.to_user_id""";
    }

    static TransferView view(ResultSet rs, List<TransferredCustomer> customers) throws SQLException {
        return new TransferView(rs.getObject("id", UUID.class), TransferMode.valueOf(rs.getString("mode")),
                rs.getBoolean("temporary"), TransferStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                party(rs.getObject("from_user_id", UUID.class), rs.getString("from_name")),
                party(rs.getObject("to_user_id", UUID.class), rs.getString("to_name")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("created_by_name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("customer_count"), customers);
    }

    private static TransferParty party(UUID id, String name) {
        return id == null ? null : new TransferParty(id, name);
    }

    private static TransferRecord record(ResultSet rs, int row) throws SQLException {
        return new TransferRecord(rs.getObject("id", UUID.class), TransferMode.valueOf(rs.getString("mode")),
                rs.getBoolean("temporary"), TransferStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getObject("from_user_id", UUID.class), rs.getObject("to_user_id", UUID.class),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getInt("customer_count"));
    }
}
