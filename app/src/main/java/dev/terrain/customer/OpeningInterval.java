package dev.terrain.customer;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The customer can be visited on {@code day} from {@code opens} to {@code closes}; a day may have several. */
public record OpeningInterval(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
