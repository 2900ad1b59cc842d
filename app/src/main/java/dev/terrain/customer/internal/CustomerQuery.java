package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.terrain.customer.CustomerFilter;
import dev.terrain.customer.CustomerSort;
import dev.terrain.customer.CustomerVisibility;

/**
 * The SQL of a customer query over {@code customers c}: the visibility predicate, the filter as bound
 * parameters, and the effective frequency and next due date as expressions. No text of the caller ever becomes
 * SQL; the sort comes from a fixed list.
 */
final class CustomerQuery {

    /**
     * Name, city, postal code and external id in one text, as indexed by {@code customers_search_text}
     * (migration V202; the two must stay identical); the separator keeps a match within one field.
     */
    static final String SEARCH_TEXT = "lower(c.name || chr(1) || coalesce(c.city, '') || chr(1) || coalesce(c.postal_code, '') "
            + "|| chr(1) || coalesce(c.external_id, ''))";

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    final Map<String, Object> params = new HashMap<>();
    final String where;
    final String frequency;
    final String nextDue;
    /** Whether the search text is long enough (three characters) for the trigram index to find it. */
    private boolean indexedSearch;

    CustomerQuery(CustomerVisibility.Predicate visibility, CustomerFilter filter, VisitDefaults.Snapshot defaults) {
        params.putAll(visibility.parameters());
        params.put("today", defaults.today());
        params.put("fallback_days", defaults.fallbackFrequency());
        var cases = new StringBuilder("case c.category");
        int i = 0;
        for (var entry : defaults.frequencies().entrySet()) {
            cases.append(" when :cat_").append(i).append(" then :cat_days_").append(i);
            params.put("cat_" + i, entry.getKey());
            params.put("cat_days_" + i, entry.getValue());
            i++;
        }
        frequency = "coalesce(c.visit_frequency_days, " + (i == 0 ? ":fallback_days" : cases + " else :fallback_days end") + ")";
        nextDue = "coalesce(c.last_visit_on + " + frequency + ", cast(:today as date))";
        where = conditions(visibility, filter == null ? CustomerFilter.none() : filter);
    }

    private String conditions(CustomerVisibility.Predicate visibility, CustomerFilter f) {
        var parts = new ArrayList<String>();
        parts.add(visibility.sql());
        var text = f.text() == null ? "" : CONTROL.matcher(f.text()).replaceAll("").strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            parts.add(SEARCH_TEXT + " like :text escape '\\'");
            params.put("text", "%" + escapeLike(text) + "%");
            indexedSearch = text.length() >= 3;
        }
        if (f.territory() != null) {
            parts.add("""
                    c.id in (select tc.customer_id from territory_paths p
                             join territory_customers tc on tc.territory_id = p.descendant_id
                             where p.ancestor_id = :territory)""");
            params.put("territory", f.territory());
        }
        if (f.owner() != null) {
            parts.add("c.owner_id = :owner");
            params.put("owner", f.owner().value());
        }
        if (f.category() != null && !f.category().isBlank()) {
            parts.add("c.category = :category");
            params.put("category", f.category().strip().toUpperCase(Locale.ROOT));
        }
        if (f.status() != null) {
            parts.add("c.status = :status");
            params.put("status", f.status().name());
        }
        if (f.due() == CustomerFilter.Due.DUE) {
            parts.add(nextDue + " <= cast(:today as date)");
        } else if (f.due() == CustomerFilter.Due.OVERDUE) {
            parts.add("c.last_visit_on is not null and c.last_visit_on + " + frequency + " < cast(:today as date)");
        }
        if (f.customFieldKey() != null && !f.customFieldKey().isBlank()) {
            parts.add("c.custom_fields ->> cast(:cf_key as text) = cast(:cf_value as text)");
            params.put("cf_key", f.customFieldKey().strip());
            params.put("cf_value", f.customFieldValue() == null ? "" : f.customFieldValue().strip());
        }
        return String.join(" and ", parts);
    }

    /**
     * The order of this query. By name it is the order of {@code customers_name_order}
     * ({@code lower(name), id}), so a page reads 20 index entries; but when searching with the trigram index,
     * walking the names would reach a common prefix ("boul") only after a hundred thousand rows, so the name
     * key is written {@code lower(c.name) || ''}, the same order that the planner cannot take from the index:
     * it collects the matches from the trigram index and sorts them instead.
     */
    String orderBy(CustomerSort sort) {
        return indexedSearch && sort == CustomerSort.NAME ? "lower(c.name) || '', c.id" : indexOrder(sort);
    }

    /** The order of a sort; by name, exactly the key of the index {@code customers_name_order}. */
    static String indexOrder(CustomerSort sort) {
        return switch (sort) {
            case NAME -> "lower(c.name), c.id";
            case CITY -> "lower(c.city) nulls last, lower(c.name), c.id";
            case CATEGORY -> "c.category, lower(c.name), c.id";
            case NEXT_DUE -> "next_due, lower(c.name), c.id";
            case LAST_VISIT -> "c.last_visit_on desc nulls last, lower(c.name), c.id";
            case UPDATED -> "c.updated_at desc, c.id";
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
