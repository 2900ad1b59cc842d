package dev.terrain.customer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.terrain.organization.SettingsManagement;
import org.springframework.stereotype.Component;

/**
 * The company settings a customer's visit policy falls back on: the categories with their visit frequency, the
 * default visit duration, and "today" in the company's time zone.
 */
@Component
class VisitDefaults {

    private final SettingsManagement settings;

    VisitDefaults(SettingsManagement settings) {
        this.settings = settings;
    }

    Snapshot current() {
        var company = settings.company();
        return new Snapshot(company.visitFrequencyDays(), company.visitDurationMinutes(),
                LocalDate.now(company.timeZone()));
    }

    /** The settings at one moment; categories in their code order. */
    record Snapshot(Map<String, Integer> frequencies, int durationMinutes, LocalDate today) {

        List<String> categories() {
            return new ArrayList<>(frequencies.keySet());
        }

        /** For a category the company has since removed: the longest of its frequencies. */
        int fallbackFrequency() {
            return frequencies.isEmpty() ? 56 : Collections.max(frequencies.values());
        }

        int frequency(String category, Integer own) {
            return own != null ? own : frequencies.getOrDefault(category, fallbackFrequency());
        }

        int duration(Integer own) {
            return own != null ? own : durationMinutes;
        }
    }
}
