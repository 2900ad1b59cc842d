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
 * The SQL of a customer query over {@code customers c}: the reader's visible customers as the from item, the
 * filter as bound parameters, and the effective frequency and next due date as expressions. No text of the caller ever becomes
 * SQL; the sort comes from a fixed list.
 */
final class CustomerQuery {

    /**
     * Name, city, postal code and external id in one text, as indexed by {@code customers_search_text}
     * (migration V202) and copied by {@code customer_search_text} (V391; the three must stay identical); the
     * separator keeps a match within one field.
     */
    static final String SEARCH_TEXT = "lower(c.name || chr(1) || coalesce(c.city, '') || chr(1) || coalesce(c.postal_code, '') "
            + "|| chr(1) || coalesce(c.external_id, ''))";

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    final Map<String, Object> params = new HashMap<>();
    final String from;
    final String where;
    /** The same rows from the scope's keys alone, when nothing but them is filtered on; else null. */
    final String keysFrom;
    final String frequency;
    final String nextDue;
    private final CustomerVisibility.Scope scope;
    private final boolean trigrams;

    /**
     * A query over the reader's scope: the visible customers in name order, searched by reading them one by
     * one (the way for a reader who sees few).
     */
    CustomerQuery(CustomerVisibility.Scope scope, CustomerFilter filter, VisitDefaults.Snapshot defaults) {
        this(scope, CustomerVisibility.Predicate.always(), false, filter, defaults);
    }

    /**
     * A search through the trigram index of all customers, each match then tested by the reader's visibility
     * predicate: the way for a reader who sees many customers (an admin: all), when the text has the three
     * characters a trigram needs.
     */
    static CustomerQuery searchAll(CustomerVisibility.Predicate visible, CustomerFilter filter, VisitDefaults.Snapshot defaults) {
        return new CustomerQuery(CustomerVisibility.Scope.everything("c"), visible, true, filter, defaults);
    }

    /** Whether the filter searches a text that the trigram index can find (three characters or more). */
    static boolean searchesTrigrams(CustomerFilter filter) {
        return filter != null && text(filter).length() >= 3;
    }

    private CustomerQuery(CustomerVisibility.Scope scope, CustomerVisibility.Predicate visible, boolean trigrams,
            CustomerFilter filter, VisitDefaults.Snapshot defaults) {
        params.putAll(scope.parameters());
        params.putAll(visible.parameters());
        from = scope.from();
        this.scope = scope;
        this.trigrams = trigrams && searchesTrigrams(filter);
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
        var f = filter == null ? CustomerFilter.none() : filter;
        where = conditions(visible, f);
        keysFrom = scope.keysFrom() != null && f.equals(CustomerFilter.text(f.text()))
                ? scope.keysFrom() + " where " + where : null;
    }

    private static String text(CustomerFilter f) {
        return f.text() == null ? "" : CONTROL.matcher(f.text()).replaceAll("").strip().toLowerCase(Locale.ROOT);
    }

    private String conditions(CustomerVisibility.Predicate visible, CustomerFilter f) {
        var parts = new ArrayList<String>();
        parts.add(visible.sql());
        var text = text(f);
        if (!text.isEmpty()) {
            // Through the trigram index, or in the scope's own copy of the text (a user's rows, read in order).
            // Never the customers' text written as indexed without meaning it: the planner could take the index
            // for a few hundred matches and fetch thousands.
            var searched = trigrams ? SEARCH_TEXT : scope.searchKey() != null ? scope.searchKey() : SEARCH_TEXT + " || ''";
            parts.add(searched + " like :text escape '\\'");
            params.put("text", "%" + escapeLike(text) + "%");
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
     * The order of this query. By name it is the order of the reader's index ({@code customer_access_user_name},
     * or {@code customers_name_order} for an admin), so a page reads 21 index entries; but when searching all
     * customers with the trigram index, walking the names would reach a common prefix ("boul") only after a hundred thousand
     * rows, so the name key is written {@code ... || ''}, the same order that the planner cannot take from the
     * index: it collects the matches from the trigram index and sorts them instead.
     */
    String orderBy(CustomerSort sort) {
        var name = scope.nameKey() + (trigrams ? " || ''" : "") + ", " + scope.idKey();
        return switch (sort) {
            case NAME -> name;
            case CITY -> "lower(c.city) nulls last, " + name;
            case CATEGORY -> "c.category, " + name;
            case NEXT_DUE -> "next_due, " + name;
            case LAST_VISIT -> "c.last_visit_on desc nulls last, " + name;
            case UPDATED -> "c.updated_at desc, c.id";
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
