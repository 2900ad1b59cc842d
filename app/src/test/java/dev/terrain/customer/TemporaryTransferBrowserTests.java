package dev.terrain.customer;

import static dev.terrain.customer.TransferFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;


import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Role;
import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/** A supervisor covers a rep's holiday with the transfer wizard, in a real browser. */
@TestPropertySource(properties = "terrain.map.tiles-url=http://127.0.0.1:9/{z}/{x}/{y}.png")
class TemporaryTransferBrowserTests extends BrowserTest {

    @Test
    void aSupervisorRunsTheWizardForAHolidayCover() {
        var group = java.util.UUID.randomUUID();
        jdbc.sql("insert into user_groups (id, name) values (:id, :name)").param("id", group)
                .param("name", unique("Lyon")).update();
        var supervisor = member(newUser(Role.SUPERVISOR), group);
        var away = member(newUser(Role.REP), group);
        var cover = member(newUser(Role.REP), group);
        jdbc.sql("update users set display_name = :n where id = :id").param("n", unique("Cover rep"))
                .param("id", cover.id().value()).update();
        var name = unique("Boulangerie Holiday");
        var customer = new TransferFixture(jdbc).customer(away, name);

        signIn(supervisor);
        driver.findElement(By.id("nav-transfers")).click();
        waitFor(By.id("new-transfer")).click();
        waitFor(By.id("q")).sendKeys(name);
        driver.findElement(By.id("search-candidates")).click();
        waitForUrlContaining("q=");
        clickWhenSettled(By.id("pick-" + customer));
        assertThat(driver.findElement(By.id("pick-" + customer)).isSelected()).isTrue();
        driver.findElement(By.id("to-target")).click();

        new Select(waitFor(By.id("toUserId"))).selectByValue(cover.id().toString());
        driver.findElement(By.id("duration-temporary")).click();
        var lastDay = LocalDate.now().plusDays(14).toString();
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("endsOn")), lastDay);
        driver.findElement(By.id("to-confirm")).click();

        assertThat(waitFor(By.id("transfer-summary")).getText()).contains("1 customers", lastDay);
        driver.findElement(By.id("confirm-transfer")).click();
        waitForUrlContaining("created");

        assertThat(waitFor(By.id("transfer-status")).getText()).isEqualTo("In force");
        assertThat(driver.findElement(By.id("transfer-customers")).getText()).contains(name, "Moved");
        assertThat(new TransferFixture(jdbc).ownerOf(customer)).isEqualTo(cover.id().value());

        open("/transfers");
        var rows = driver.findElements(By.cssSelector(".transfer-row"));
        assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains("Temporary", lastDay, "In force"));
    }

    /** Clicks an element htmx may still be swapping in. */
    private void clickWhenSettled(By locator) {
        for (int attempt = 0; ; attempt++) {
            try {
                waitFor(locator).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private CurrentUser member(CurrentUser user, java.util.UUID group) {
        jdbc.sql("insert into group_members (group_id, user_id) values (:g, :u)").param("g", group)
                .param("u", user.id().value()).update();
        return user;
    }

}
