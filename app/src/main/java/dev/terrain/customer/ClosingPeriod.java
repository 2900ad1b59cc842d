package dev.terrain.customer;

import java.time.LocalDate;

/** Days (both included) on which the customer cannot be visited: holidays, works, inventory. */
public record ClosingPeriod(LocalDate firstDay, LocalDate lastDay, String reason) {
}
