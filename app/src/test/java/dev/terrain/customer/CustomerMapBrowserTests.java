package dev.terrain.customer;

import static dev.terrain.customer.TransferFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import dev.terrain.organization.Role;
import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/** The customer map in a real browser, without any reachable tile server. */
@TestPropertySource(properties = "terrain.map.tiles-url=http://127.0.0.1:9/{z}/{x}/{y}.png")
class CustomerMapBrowserTests extends BrowserTest {

    @Test
    void theMapShowsAMarkerForEachVisibleCustomerOnly() {
        var rep = newUser(Role.REP);
        var other = newUser(Role.REP);
        var fixture = new TransferFixture(jdbc);
        var near = fixture.customerAt(rep, unique("Bellecour"), 45.7578, 4.8320, LocalDate.now().minusDays(3), 30);
        var far = fixture.customerAt(rep, unique("Villeurbanne"), 45.7719, 4.8902, null, null);
        var hidden = fixture.customerAt(other, unique("Someone else's"), 45.76, 4.85, null, null);

        signIn(rep);
        open("/customers/map");
        var map = waitFor(By.id("customer-map"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> map.getAttribute("data-markers") != null);

        var markers = driver.findElements(By.cssSelector("#customer-map path.customer-marker"));
        assertThat(markers).extracting(marker -> marker.getAttribute("data-customer-id"))
                .containsExactlyInAnyOrder(near.toString(), far.toString())
                .doesNotContain(hidden.toString());
        assertThat(markers).extracting(m -> m.getAttribute("data-urgency")).containsExactlyInAnyOrder("ON_TRACK", "OVERDUE");
        assertThat(driver.findElement(By.id("map-status")).getText()).isEqualTo("2 customers on the map.");
        assertThat(driver.findElements(By.cssSelector("#map-legend li"))).hasSize(5);

        markers.stream().filter(m -> near.toString().equals(m.getAttribute("data-customer-id"))).findFirst()
                .ifPresent(WebElement::click);
        assertThat(waitFor(By.cssSelector(".leaflet-popup-content .popup-name")).getText()).startsWith("Bellecour");
    }
}
