package dev.terrain.bench;

import java.util.HashMap;
import java.util.Map;

import dev.terrain.customer.CustomerVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of the application's customer list (see customer/internal/CustomerReads), for query plans and the
 * count of visible customers; the benchmark times the application's own calls ({@link ListCall}). Each read
 * reads from a visibility scope: the reader's (from the production rule) or {@link CustomerVisibility.Scope#everything}
 * for the same query without it.
 */
enum CustomerQuery {

    PAGE("first page (20, by name)", false, """
            select c.id, c.name, c.postal_code, c.city, c.category, c.owner_id
            from {from}
            order by {name}, {id}
            limit 21"""),
    COUNT("exact total", false, """
            select count(*) from {from}"""),
    COUNT_CAPPED("total up to 1,001", false, """
            select count(*) from (select 1 from {from} limit 1001) x"""),
    SEARCH("search: first page", true, """
            select c.id, c.name, c.postal_code, c.city, c.category, c.owner_id
            from {from}
            where {search} like :q escape '\\'
            order by {name} || '', {id}
            limit 21"""),
    SEARCH_COUNT_CAPPED("search: total up to 1,001", true, """
            select count(*) from (select 1 from {from} where {search} like :q escape '\\' limit 1001) x""");

    /** As {@code CustomerQuery.SEARCH_TEXT} in the application and the index {@code customers_search_text}. */
    static final String SEARCH_TEXT = "lower(c.name || chr(1) || coalesce(c.city, '') || chr(1) || coalesce(c.postal_code, '') "
            + "|| chr(1) || coalesce(c.external_id, ''))";

    /** Texts typed in the search box, from broad ("boul", "le": about 2.5 % of customers) to narrow. */
    static final String[] SEARCH_TERMS = { "boul", "pharmacie du", "mar", "dubois", "hôtel de la gare", "gar",
            "cave l", "le" };

    private final String label;
    private final boolean search;
    private final String template;

    CustomerQuery(String label, boolean search, String template) {
        this.label = label;
        this.search = search;
        this.template = template;
    }

    String label() {
        return label;
    }

    String sql(CustomerVisibility.Scope scope) {
        return template.replace("{from}", scope.from()).replace("{name}", scope.nameKey()).replace("{id}", scope.idKey())
                .replace("{search}", scope.searchKey() != null ? scope.searchKey() : SEARCH_TEXT);
    }

    Map<String, Object> parameters(CustomerVisibility.Scope scope, String term) {
        var parameters = new HashMap<String, Object>(scope.parameters());
        if (search) {
            parameters.put("q", "%" + term.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return parameters;
    }

    /** Runs the query as the application would and returns the number it shows (rows of a page, or the total). */
    long run(JdbcClient jdbc, CustomerVisibility.Scope scope, String term) {
        var statement = jdbc.sql(sql(scope)).params(parameters(scope, term));
        if (this == PAGE || this == SEARCH) {
            return statement.query((rows, i) -> new Row(rows.getObject(1), rows.getString(2), rows.getString(3),
                    rows.getString(4), rows.getString(5), rows.getObject(6))).list().size();
        }
        return statement.query(Long.class).single();
    }

    private record Row(Object id, String name, String postalCode, String city, String category, Object owner) {
    }
}
