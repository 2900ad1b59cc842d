package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A user creates a token on the page, a program uses it, the user revokes it. */
class TokensBrowserTests extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void createUseAndRevokeAToken() throws Exception {
        var rep = newUser(Role.REP);
        signIn(rep);
        open("/tokens");

        waitFor(By.id("token-name")).sendKeys("Route export");
        driver.findElement(By.id("create-token-button")).click();
        var secret = waitFor(By.id("token-secret")).getText();
        assertThat(secret).startsWith("trn_");

        assertThat(callApi(secret)).isEqualTo(200);
        open("/tokens");
        var row = waitFor(By.cssSelector("#tokens tbody tr"));
        assertThat(row.findElement(By.className("token-name")).getText()).isEqualTo("Route export");
        assertThat(row.findElement(By.className("token-last-used")).getText()).isNotEqualTo("never");
        assertThat(driver.getPageSource()).doesNotContain(secret);

        row.findElement(By.className("revoke")).click();
        waitForText(By.cssSelector("#tokens tbody tr"), "revoked");
        assertThat(driver.getCurrentUrl()).endsWith("/tokens");
        assertThat(callApi(secret)).isEqualTo(401);
    }

    @Test
    void theApiPageOffersToAuthorizeWithAToken() {
        signIn(newUser(Role.REP));

        driver.findElement(By.linkText("API")).click();

        assertThat(waitFor(By.cssSelector("button.authorize")).getText()).contains("Authorize");
    }

    private int callApi(String secret) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url("/api/v1/tokens")))
                .header("Authorization", "Bearer " + secret).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
