package dev.terrain.planner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate visit. Its windows bound the start of service. On a day listed in {@code windowsByDay} the
 * visit may start in one of that day's windows (an empty list means closed); on other days the
 * {@code usualWindows} apply. {@code allowedDays} (null = all) restricts the days further; a pin overrides
 * both. Mandatory and pinned visits must be planned; optional ones are planned when worth it.
 *
 * @param id           identifies the visit in the plan
 * @param place        index in the travel model
 * @param duration     service time
 * @param value        what planning it is worth (profit); at least 0
 * @param mandatory    whether leaving it out breaks the plan
 * @param demand       capacity used on the route
 * @param usualWindows windows on days without their own entry; empty means open all day
 * @param windowsByDay windows on particular days (opening hours minus closing days)
 * @param allowedDays  the days it may be planned on, or null for any
 * @param pin          a fixed appointment, or null
 */
public record Visit(String id, int place, double duration, double value, boolean mandatory, double demand,
                    List<TimeWindow> usualWindows, Map<Integer, List<TimeWindow>> windowsByDay,
                    Set<Integer> allowedDays, Pin pin) {

    public Visit {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("visit id must not be blank");
        }
        if (place < 0) {
            throw new IllegalArgumentException("place of visit " + id + " must be >= 0");
        }
        if (!(duration >= 0) || !(value >= 0) || !(demand >= 0)) {
            throw new IllegalArgumentException("duration, value and demand of visit " + id + " must be >= 0");
        }
        usualWindows = usualWindows == null ? List.of() : sorted(usualWindows);
        Map<Integer, List<TimeWindow>> copy = new HashMap<>();
        if (windowsByDay != null) {
            windowsByDay.forEach((day, windows) -> copy.put(day, sorted(windows)));
        }
        windowsByDay = Map.copyOf(copy);
        allowedDays = allowedDays == null ? null : Set.copyOf(allowedDays);
        mandatory = mandatory || pin != null;
    }

    private static List<TimeWindow> sorted(List<TimeWindow> windows) {
        return windows.stream().sorted((a, b) -> Double.compare(a.start(), b.start())).toList();
    }

    /** An optional visit open all day, every day, with no demand. */
    public static Visit optional(String id, int place, double duration, double value) {
        return new Visit(id, place, duration, value, false, 0, List.of(), Map.of(), null, null);
    }

    /** A mandatory visit open all day, every day, with no value and no demand. */
    public static Visit mandatory(String id, int place, double duration) {
        return new Visit(id, place, duration, 0, true, 0, List.of(), Map.of(), null, null);
    }

    /** The windows in which service may start on the given day, empty when the visit cannot happen that day. */
    public List<TimeWindow> windowsOn(int day) {
        if (pin != null) {
            return pin.day() == day ? List.of(pin.window()) : List.of();
        }
        if (allowedDays != null && !allowedDays.contains(day)) {
            return List.of();
        }
        List<TimeWindow> own = windowsByDay.get(day);
        if (own != null) {
            return own;
        }
        return usualWindows.isEmpty() ? List.of(TimeWindow.always()) : usualWindows;
    }

    /** This visit with the same windows on every day. */
    public Visit withWindows(List<TimeWindow> windows) {
        return new Visit(id, place, duration, value, mandatory, demand, windows, windowsByDay, allowedDays, pin);
    }

    /** This visit with its own windows on one day (an empty list closes it that day). */
    public Visit withWindowsOn(int day, List<TimeWindow> windows) {
        Map<Integer, List<TimeWindow>> copy = new HashMap<>(windowsByDay);
        copy.put(day, windows);
        return new Visit(id, place, duration, value, mandatory, demand, usualWindows, copy, allowedDays, pin);
    }

    /** This visit restricted to some days. */
    public Visit withAllowedDays(Set<Integer> days) {
        return new Visit(id, place, duration, value, mandatory, demand, usualWindows, windowsByDay, days, pin);
    }

    /** This visit with a demand on capacity. */
    public Visit withDemand(double newDemand) {
        return new Visit(id, place, duration, value, mandatory, newDemand, usualWindows, windowsByDay, allowedDays, pin);
    }

    /** This visit pinned as an appointment (which makes it mandatory). */
    public Visit pinnedTo(Pin newPin) {
        return new Visit(id, place, duration, value, true, demand, usualWindows, windowsByDay, allowedDays, newPin);
    }
}
