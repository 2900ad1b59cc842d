package dev.terrain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import dev.terrain.organization.Role;
import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Editing a contact on the card in a real browser: htmx swaps in the form, shows a field error, then saves. */
class CustomerContactsBrowserTests extends BrowserTest {

    @Test
    void aRepCorrectsAContactInPlace() {
        var rep = newUser(Role.REP);
        var customer = UUID.randomUUID();
        var contact = UUID.randomUUID();
        jdbc.sql("insert into customers (id, name, city, postal_code, owner_id) values (:id, :name, 'Lyon', '69002', :owner)")
                .param("id", customer).param("name", "Quincaillerie " + customer.toString().substring(0, 8))
                .param("owner", rep.id().value()).update();
        jdbc.sql("insert into contacts (id, customer_id, name, role) values (:id, :c, 'Anne Roche', 'Gérante')")
                .param("id", contact).param("c", customer).update();
        signIn(rep);

        open("/customers/" + customer);
        waitFor(By.id("edit-contact-" + contact)).click();
        var form = waitFor(By.id("edit-contact-form"));
        assertThat(driver.getCurrentUrl()).as("htmx swapped the section in, the page stayed").doesNotContain("/edit");

        var phone = form.findElement(By.name("phone"));
        phone.sendKeys("call me maybe");
        driver.findElement(By.id("save-contact")).click();
        waitForText(By.id("edit-contact-error-phone"), "is not a phone number");

        phone = driver.findElement(By.cssSelector("#edit-contact-form input[name=phone]"));
        phone.clear();
        phone.sendKeys("+33 4 72 00 00 00");
        driver.findElement(By.id("save-contact")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.numberOfElementsToBe(By.id("edit-contact-form"), 0));

        assertThat(driver.findElement(By.id("contacts")).getText()).contains("Anne Roche").contains("+33 4 72 00 00 00");
        assertThat(jdbc.sql("select phone from contacts where id = :id").param("id", contact).query(String.class).single())
                .isEqualTo("+33 4 72 00 00 00");
    }
}
