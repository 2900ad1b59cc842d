package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out in a real browser. */
class SignInBrowserTests extends BrowserTest {

    @Test
    void theRightPasswordOpensTheStartPage() {
        var rep = newUser(Role.REP);

        signIn(rep);

        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Welcome, Test rep");
        assertThat(driver.findElement(By.cssSelector(".who")).getText()).isEqualTo(rep.email());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhy() {
        var rep = newUser(Role.REP);

        submitSignIn(rep.email(), "not the password");

        assertThat(waitFor(By.id("login-error")).getText())
                .isEqualTo("Wrong e-mail or password, or the account is locked or deactivated.");
        assertThat(driver.getCurrentUrl()).endsWith("/login?error");
        assertThat(driver.findElements(By.id("sign-out"))).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndRenewedAtSignIn() {
        var rep = newUser(Role.REP);
        open("/login");
        waitFor(By.id("username"));
        var before = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(before).as("the sign-in form's CSRF token lives in a session").isNotNull();

        signIn(rep);

        var after = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Lax");
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        var rep = newUser(Role.REP);
        signIn(rep);

        driver.findElement(By.id("sign-out")).click();

        assertThat(waitFor(By.id("signed-out")).getText()).isEqualTo("You are signed out.");
        open("/");
        waitFor(By.id("sign-in"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aDeactivatedUserIsSignedOutOnTheNextPage() {
        var rep = newUser(Role.REP);
        signIn(rep);

        users.deactivate(rep);
        open("/tokens");

        waitFor(By.id("sign-in"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }
}
