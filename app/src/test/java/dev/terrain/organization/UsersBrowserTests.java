package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** An admin creates a rep in the browser; the rep signs in with the password the admin chose. */
class UsersBrowserTests extends BrowserTest {

    @Test
    void anAdminCreatesARepWhoCanSignIn() {
        var email = "new-rep-" + UUID.randomUUID().toString().substring(0, 8) + "@terrain.test";
        signIn(newUser(Role.ADMIN));
        open("/users");
        waitFor(By.id("new-user")).click();

        var form = waitFor(By.id("user-form"));
        form.findElement(By.name("email")).sendKeys(email);
        form.findElement(By.name("displayName")).sendKeys("Nina Garnier");
        new Select(form.findElement(By.name("role"))).selectByValue("REP");
        form.findElement(By.name("homeAddress")).sendKeys("Place Bellecour, 69002 Lyon");
        form.findElement(By.name("latitude")).sendKeys("45.7578");
        form.findElement(By.name("longitude")).sendKeys("4.8320");
        form.findElement(By.name("password")).sendKeys("Lyon-Bellecour-2026");
        driver.findElement(By.id("save-user")).click();

        waitForUrlContaining("created");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("User created.");
        open("/users?q=" + email);
        assertThat(waitFor(By.cssSelector("main table")).getText()).contains("Nina Garnier");

        driver.findElement(By.id("sign-out")).click();
        waitFor(By.id("username"));
        submitSignIn(email, "Lyon-Bellecour-2026");
        waitFor(By.id("sign-out"));
        assertThat(driver.getPageSource()).contains("Nina Garnier");
    }

    @Test
    void aDuplicateEmailIsRefusedOnTheForm() {
        var existing = newUser(Role.REP);
        signIn(newUser(Role.ADMIN));
        open("/users/new");

        var form = waitFor(By.id("user-form"));
        form.findElement(By.name("email")).sendKeys(existing.email());
        form.findElement(By.name("displayName")).sendKeys("Someone Else");
        new Select(form.findElement(By.name("role"))).selectByValue("SUPERVISOR");
        driver.findElement(By.id("save-user")).click();

        assertThat(waitFor(By.id("form-problems")).getText()).contains("already used");
        assertThat(jdbc.sql("select count(*) from users where lower(email) = lower(:e)").param("e", existing.email())
                .query(Long.class).single()).isEqualTo(1);
    }
}
