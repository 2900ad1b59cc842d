package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.terrain.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An admin changes settings in the browser: a rep's own value, its reset, and a rejected company change. */
class SettingsBrowserTests extends BrowserTest {

    @Test
    void anAdminGivesARepTheirOwnVisitDurationAndResetsIt() {
        var rep = newUser(Role.REP);
        signIn(newUser(Role.ADMIN));
        open("/settings/users/" + rep.id());

        var duration = waitFor(By.id("visitDurationMinutes"));
        var companyDefault = duration.getAttribute("value");
        assertThat(companyDefault).isNotBlank().isNotEqualTo("75");
        assertThat(source("visitDurationMinutes").getAttribute("data-source")).isEqualTo("company");
        duration.clear();
        duration.sendKeys("75");
        driver.findElement(By.id("save-settings")).click();

        waitFor(By.id("saved"));
        assertThat(driver.findElement(By.id("visitDurationMinutes")).getAttribute("value")).isEqualTo("75");
        assertThat(source("visitDurationMinutes").getAttribute("data-source")).isEqualTo("user");

        driver.findElement(By.id("reset-visitDurationMinutes")).click();

        waitFor(By.id("reset-done"));
        assertThat(source("visitDurationMinutes").getAttribute("data-source")).isEqualTo("company");
        assertThat(driver.findElement(By.id("visitDurationMinutes")).getAttribute("value")).isEqualTo(companyDefault);
    }

    @Test
    void aBreakLongerThanTheWorkingDayIsRefusedAndNothingChanges() {
        var before = companySettings();
        signIn(newUser(Role.ADMIN));
        open("/settings");

        var breakMinutes = waitFor(By.id("breakMinutes"));
        breakMinutes.clear();
        breakMinutes.sendKeys("240");
        setTime("workdayStart", "09:00");
        setTime("workdayEnd", "11:00");
        driver.findElement(By.id("save-settings")).click();

        var errors = waitFor(By.id("settings-errors"));
        assertThat(errors.getText()).containsIgnoringCase("break");
        assertThat(companySettings()).isEqualTo(before);
    }

    private WebElement source(String field) {
        return driver.findElement(By.xpath("//input[@id='" + field + "']/ancestor::div[contains(@class,'setting')]"
                + "//span[contains(@class,'source')]"));
    }

    /** Sets a time field through script: typing into a time input depends on the browser's locale. */
    private void setTime(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    /** The company's stored values (defaults are not stored). */
    private java.util.Map<String, String> companySettings() {
        var values = new java.util.TreeMap<String, String>();
        jdbc.sql("select key, value from settings where user_id is null")
                .query((rs, n) -> values.put(rs.getString(1), rs.getString(2))).list();
        return values;
    }
}
