package dev.terrain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.terrain.organization.Role;
import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Searching the customer list in a real browser: htmx narrows the results as one types, a click opens the card. */
class CustomerSearchBrowserTests extends BrowserTest {

    private UUID customerOf(dev.terrain.organization.CurrentUser owner, String name) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into customers (id, name, city, postal_code, owner_id) values (:id, :name, 'Lyon', '69002', :owner)")
                .param("id", id).param("name", name).param("owner", owner.id().value()).update();
        return id;
    }

    @Test
    void searchingFindsAndOpensACustomer() {
        var rep = newUser(Role.REP);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        customerOf(rep, "Fromagerie Zèbre " + tag);
        customerOf(rep, "Boulangerie Ours " + tag);
        signIn(rep);

        open("/customers");
        waitFor(By.id("q")).sendKeys("Zèbre " + tag);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#customer-results .customer-row"), 1));
        assertThat(driver.findElement(By.id("customer-results")).getText()).contains("Fromagerie Zèbre " + tag)
                .doesNotContain("Boulangerie Ours");
        assertThat(driver.getCurrentUrl()).as("the search is in the address, to share or reload").contains("q=");

        driver.findElement(By.linkText("Fromagerie Zèbre " + tag)).click();

        waitForText(By.id("customer-name"), "Fromagerie Zèbre " + tag);
        assertThat(driver.findElement(By.id("next-due")).getText()).isNotBlank();
    }

    @Test
    void anotherRepsCustomerIsNeverFound() {
        var owner = newUser(Role.REP);
        var other = newUser(Role.REP);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        customerOf(owner, "Cave Secrète " + tag);
        signIn(other);

        open("/customers?q=" + tag);

        waitFor(By.id("customer-results"));
        assertThat(driver.findElements(By.cssSelector("#customer-results .customer-row"))).isEmpty();
        assertThat(driver.findElement(By.id("customer-results")).getText()).contains("No customer matches.");
    }
}
