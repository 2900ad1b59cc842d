package dev.terrain.customer;

import static dev.terrain.customer.CustomersFixture.unique;
import static dev.terrain.organization.UsersFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The customer list counts only up to 1,000: "1,000+" on the page, a lower bound in the API, exact paging. A user
 * with more than 1,000 customers here searches the way a user with more than 20,000 does in production.
 */
@SpringBootTest(properties = "terrain.customers.search-reads-up-to=1000")
@AutoConfigureMockMvc
class CustomerListScaleWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired CustomerManagement customers;
    @Autowired JdbcClient jdbc;

    /** {@code count} customers owned by {@code owner}, named {@code token} and a number, straight into the table. */
    void insert(CurrentUser owner, String token, int count) {
        jdbc.sql("""
                insert into customers (id, name, postal_code, city, owner_id)
                select gen_random_uuid(), :token || ' ' || lpad(n::text, 4, '0'), '69002', 'Lyon', :owner
                from generate_series(1, :count) n""")
                .param("token", token).param("owner", owner.id().value()).param("count", count).update();
    }

    /**
     * A user who sees more customers than {@code terrain.customers.search-reads-up-to} (1,000 here) searches
     * through the trigram index and the visibility test of each match; one who sees fewer reads their own
     * customers in name order. Both find exactly their visible matches, in the same order.
     */
    @Test
    void aSearchFindsTheSameVisibleCustomersWhetherItReadsTheUsersCustomersOrTheIndex() throws Exception {
        var wide = people.rep();
        var narrow = people.rep();
        var token = unique("Both");
        insert(wide, token + " wide", 1001);
        insert(narrow, token + " narrow", 30);
        jdbc.sql("update customers set name = name || ' quincaillerie' where name like :p and right(name, 1) in ('3', '7')")
                .param("p", token + "%").update();

        var wideMatches = customers.list(wide, new CustomerFilter(token + " wide 0", null, null, null, null, null, null, null),
                new CustomerPaging(0, 100, CustomerSort.NAME));
        assertThat(wideMatches.items()).hasSize(100).extracting(CustomerView::name)
                .allMatch(name -> name.startsWith(token + " wide 0")).isSorted();
        var wideRare = customers.list(wide, new CustomerFilter(token.toLowerCase() + " wide 009", null, null, null, null, null, null, null),
                new CustomerPaging(0, 20, CustomerSort.NAME));
        assertThat(wideRare.items()).extracting(CustomerView::name).containsExactly(java.util.stream.IntStream.range(90, 100)
                .mapToObj(n -> token + " wide 00" + n + (n % 10 == 3 || n % 10 == 7 ? " quincaillerie" : "")).toArray(String[]::new));
        var narrowMatches = customers.list(narrow, new CustomerFilter("quincaillerie", null, null, null, null, null, null, null),
                new CustomerPaging(0, 20, CustomerSort.NAME));
        assertThat(narrowMatches.items()).extracting(CustomerView::name)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 30).filter(n -> n % 10 == 3 || n % 10 == 7)
                        .mapToObj(n -> token + " narrow " + String.format("%04d", n) + " quincaillerie").toArray(String[]::new));
        // the wide rep's search meets thousands of other matches in the company, and shows only theirs
        var wideQuincaillerie = customers.list(wide, new CustomerFilter("quincaillerie", null, null, null, null, null, null, null),
                new CustomerPaging(1, 100, CustomerSort.NAME));
        assertThat(wideQuincaillerie.items()).hasSize(100).extracting(CustomerView::name)
                .allMatch(name -> name.startsWith(token + " wide")).isSorted();
        assertThat(wideQuincaillerie.totalItems()).isEqualTo(200);
        mvc.perform(get("/api/v1/customers").param("q", token + " narrow").with(as(wide)))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void pastAThousandTheTotalIsALowerBoundAndPagingStaysExact() throws Exception {
        var rep = people.rep();
        var token = unique("Capped");
        insert(rep, token, 1005);

        mvc.perform(get("/api/v1/customers").param("q", token).with(as(rep))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.totalItems").value(1000))
                .andExpect(jsonPath("$.totalIsLowerBound").value(true))
                .andExpect(jsonPath("$.totalPages").value(50))
                .andExpect(jsonPath("$.hasNext").value(true));
        // the last page: 1,000 before it and 5 on it, so the total is known again, exactly
        mvc.perform(get("/api/v1/customers").param("q", token).param("page", "50").with(as(rep)))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[4].name").value(token + " 1005"))
                .andExpect(jsonPath("$.totalItems").value(1005))
                .andExpect(jsonPath("$.totalIsLowerBound").value(false))
                .andExpect(jsonPath("$.hasNext").value(false));
        // past the end: nothing, and the count (capped) says so
        mvc.perform(get("/api/v1/customers").param("q", token).param("page", "60").with(as(rep)))
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalIsLowerBound").value(true))
                .andExpect(jsonPath("$.hasNext").value(false));
        // the same without a search: the rep sees exactly these (a new rep has no territory)
        var page = customers.list(rep, CustomerFilter.none(), new CustomerPaging(3, 100, CustomerSort.NAME));
        assertThat(page.totalCapped()).isTrue();
        assertThat(page.totalItems()).isEqualTo(1000);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.items()).extracting(CustomerView::name).first().isEqualTo(token + " 0301");

        mvc.perform(get("/customers").param("q", token).with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1,000+ customers")))
                .andExpect(content().string(containsString("Page 1 of 50+")))
                .andExpect(content().string(containsString("id=\"next-page\"")));
        mvc.perform(get("/customers").param("q", token).param("lang", "fr").with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*plus de 1[\\s\\u00a0\\u202f]000 clients.*")));
    }

    @Test
    void aFullLastPageHasNoNextPageAndAnExactTotal() throws Exception {
        var rep = people.rep();
        var token = unique("Exact");
        insert(rep, token, 20);

        mvc.perform(get("/api/v1/customers").param("q", token).with(as(rep)))
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.totalItems").value(20))
                .andExpect(jsonPath("$.totalPages").value(1))
                .andExpect(jsonPath("$.totalIsLowerBound").value(false))
                .andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get("/customers").param("q", token).with(as(rep)))
                .andExpect(content().string(containsString("20 customers")))
                .andExpect(content().string(not(containsString("id=\"next-page\""))));
    }

    @Test
    void searchFindsAWordAnywhereInEachFieldButNeverAcrossTwo() {
        var rep = people.rep();
        var token = unique("Zq").toLowerCase();
        jdbc.sql("""
                insert into customers (id, name, postal_code, city, external_id, owner_id) values
                (gen_random_uuid(), 'Boulangerie ' || :t, '69002', 'Lyon', null, :owner),
                (gen_random_uuid(), 'Cave', '38000', 'Grenoble ' || :t, null, :owner),
                (gen_random_uuid(), 'Bar', '01000', 'Bourg', 'ERP-' || :t || '-9', :owner)""")
                .param("t", token).param("owner", rep.id().value()).update();
        var all = customers.list(rep, CustomerFilter.text(token.toUpperCase()), CustomerPaging.first());
        assertThat(all.items()).extracting(CustomerView::name).containsExactly("Bar", "Boulangerie " + token, "Cave");
        // short texts (no trigram) and texts with LIKE wildcards or control characters
        assertThat(customers.list(rep, CustomerFilter.text("ng"), CustomerPaging.first()).items())
                .extracting(CustomerView::name).contains("Boulangerie " + token);
        assertThat(customers.list(rep, CustomerFilter.text("%" + token), CustomerPaging.first()).items()).isEmpty();
        assertThat(customers.list(rep, CustomerFilter.text("erp-" + token + "\u0001"), CustomerPaging.first()).items())
                .extracting(CustomerView::name).containsExactly("Bar");
        // the last characters of a name and the first of its city are not one word
        assertThat(customers.list(rep, CustomerFilter.text("bar bourg"), CustomerPaging.first()).items()).isEmpty();
        assertThat(customers.list(rep, CustomerFilter.text("cave38000"), CustomerPaging.first()).items()).isEmpty();
    }
}
