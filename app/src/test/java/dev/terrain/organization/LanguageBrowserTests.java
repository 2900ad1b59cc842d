package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Switching the interface to French, and the choice being remembered. */
class LanguageBrowserTests extends BrowserTest {

    @Test
    void theFrenchLinkSwitchesTheSignInPageAndTheChoiceSticks() {
        var rep = newUser(Role.REP);
        open("/login");
        assertThat(waitFor(By.id("sign-in")).getText()).isEqualTo("Sign in");

        driver.findElement(By.cssSelector("a[lang=fr]")).click();

        waitForText(By.id("sign-in"), "Se connecter");
        assertThat(driver.getTitle()).isEqualTo("Connexion");
        signIn(rep);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Bienvenue, Test rep");
        assertThat(driver.findElement(By.id("sign-out")).getText()).isEqualTo("Se déconnecter");
        open("/tokens");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Jetons d'API");
    }

    @Test
    void errorPagesSpeakTheChosenLanguage() {
        var rep = newUser(Role.REP);
        signIn(rep);

        open("/tokens?all=true&lang=fr");
        assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("Accès refusé");

        open("/nowhere");
        assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("Page introuvable");

        driver.findElement(By.cssSelector("a[lang=en]")).click();
        waitForText(By.id("error-title"), "Page not found");
    }
}
