package dev.terrain.territory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.terrain.organization.Role;
import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin edits a territory's rule in the simple editor, previews it, applies it, and sees its customers change. */
class TerritoryRuleBrowserTests extends BrowserTest {

    @Autowired TerritoryFixture fixture;

    @Test
    void anAdminPreviewsAndAppliesARuleAndTheCustomerListChanges() {
        var m = TerritoryFixture.marker();
        fixture.customer(m + " Bellecour", "69002", m);
        fixture.customer(m + " Villeurbanne", "69100", m);
        fixture.customer(m + " Grenoble", "38000", m);
        var territory = fixture.territory("Rhône", null, "{\"all\": [{\"field\": \"city\", \"op\": \"equals\", \"value\": \"" + m
                + "\"}, {\"field\": \"postalCode\", \"op\": \"startsWith\", \"value\": [\"69\"]}]}");
        signIn(newUser(Role.ADMIN));

        open("/territories/" + territory.id());
        assertThat(customerNames()).containsExactly(m + " Bellecour", m + " Villeurbanne");

        var postalCode = driver.findElements(By.name("rowValue")).get(1);
        postalCode.clear();
        postalCode.sendKeys("38");
        driver.findElement(By.id("preview-form")).click();

        waitForText(By.id("preview-counts"), "1 enter, 2 leave");
        assertThat(driver.findElement(By.id("entering-samples")).getText()).isEqualTo(m + " Grenoble");
        assertThat(customerNames()).as("nothing changes before applying").hasSize(2);

        driver.findElement(By.id("apply-form")).click();

        waitForText(By.id("applied"), "1 customers entered, 2 left");
        assertThat(customerNames()).containsExactly(m + " Grenoble");
        assertThat(driver.findElements(By.name("rowValue")).get(1).getAttribute("value")).isEqualTo("38");
    }

    private java.util.List<String> customerNames() {
        return driver.findElements(By.cssSelector("#customer-table .customer-name")).stream().map(WebElement::getText).toList();
    }
}
