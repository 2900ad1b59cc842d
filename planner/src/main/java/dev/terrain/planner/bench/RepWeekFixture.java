package dev.terrain.planner.bench;

import dev.terrain.planner.BreakRule;
import dev.terrain.planner.CostWeights;
import dev.terrain.planner.GeoPoint;
import dev.terrain.planner.OvernightPolicy;
import dev.terrain.planner.Pin;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.Resource;
import dev.terrain.planner.StraightLineTravelModel;
import dev.terrain.planner.TimeWindow;
import dev.terrain.planner.Visit;
import dev.terrain.planner.WorkDay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated working week of one sales rep based in Lyon, the planner's everyday problem: Monday to
 * Friday, 300 candidate customers, opening hours, values from overdue-ness and importance, two fixed
 * appointments, a lunch break and nights away for the far customers. The same seed always gives the
 * same week.
 *
 * <p>Times are seconds since midnight, distances metres; travel is the straight-line model with its
 * defaults. Place 0 is the rep's home; place {@code i} is customer {@code c<i>}.
 */
public final class RepWeekFixture {

    public static final String REP = "rep";
    public static final int CUSTOMERS = 300;
    public static final int DAYS = 5;
    static final GeoPoint HOME = new GeoPoint(45.7640, 4.8357);
    static final double SHIFT_START = hours(8);
    static final double SHIFT_END = hours(18.5);
    static final BreakRule LUNCH = new BreakRule(hours(12), hours(13.5), 45 * 60);
    static final double OVERNIGHT_MIN_DISTANCE = 80_000;

    private static final double KM_PER_DEGREE = 111.32;
    private static final double FAR_SHARE = 0.1;
    private static final double[] DURATIONS = {20 * 60, 30 * 60, 45 * 60};
    private static final double[] IMPORTANCE = {3, 2, 1};

    private final List<GeoPoint> places;
    private final List<Visit> visits;
    private final Resource rep;
    private final Map<String, Pin> appointments;

    private RepWeekFixture(List<GeoPoint> places, List<Visit> visits, Resource rep, Map<String, Pin> appointments) {
        this.places = List.copyOf(places);
        this.visits = List.copyOf(visits);
        this.rep = rep;
        this.appointments = Map.copyOf(appointments);
    }

    /** Generates the week for a seed. */
    public static RepWeekFixture create(long seed) {
        Random random = new Random(seed);
        List<GeoPoint> places = new ArrayList<>();
        places.add(HOME);
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            boolean far = random.nextDouble() < FAR_SHARE;
            places.add(far ? farAway(random) : nearHome(random));
            visits.add(customer(i, far, random));
        }
        Map<String, Pin> appointments = new LinkedHashMap<>();
        pin(visits, appointments, nearby(places, 1), new Pin(1, exactly(hours(10)), REP));
        pin(visits, appointments, nearby(places, 2), new Pin(3, exactly(hours(15.5)), REP));
        return new RepWeekFixture(places, visits, workingWeek(), appointments);
    }

    /** The planning problem: one rep, five days, 300 optional visits of which two are pinned. */
    public PlanningProblem problem() {
        return new PlanningProblem(StraightLineTravelModel.withDefaults(places), List.of(rep), visits,
                CostWeights.of(0.01, 0.0003, 120, 0.02));
    }

    public List<GeoPoint> places() {
        return places;
    }

    public List<Visit> visits() {
        return visits;
    }

    public Resource rep() {
        return rep;
    }

    /** The fixed appointments by visit id. */
    public Map<String, Pin> appointments() {
        return appointments;
    }

    private static Resource workingWeek() {
        List<WorkDay> days = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            days.add(new WorkDay(d, SHIFT_START, SHIFT_END, 0, 0, List.of(LUNCH), hours(10.5), hours(6), hours(0.5)));
        }
        OvernightPolicy nights = new OvernightPolicy(Set.of(0, 1, 2, 3), OVERNIGHT_MIN_DISTANCE, 2);
        return new Resource(REP, Double.POSITIVE_INFINITY, days, nights);
    }

    /** Most customers within 60 km of home, denser near the city, some up to 100 km. */
    private static GeoPoint nearHome(Random random) {
        double km = random.nextDouble() < 0.85 ? 2 + 58 * Math.sqrt(random.nextDouble()) : 60 + 40 * random.nextDouble();
        return around(HOME, km, random.nextDouble() * 2 * Math.PI);
    }

    /**
     * One customer in ten sits in one of two distant towns (about 130 km west and 140 km north), too far
     * for a day trip to pay: that is where a night away helps.
     */
    private static GeoPoint farAway(Random random) {
        GeoPoint town = random.nextBoolean() ? around(HOME, 130, 1.5 * Math.PI) : around(HOME, 140, 0.1 * Math.PI);
        return around(town, 15 * Math.sqrt(random.nextDouble()), random.nextDouble() * 2 * Math.PI);
    }

    /**
     * A customer's visit: value is importance (3, 2, 1) times overdue-ness (days since the last visit over
     * the target frequency, capped at 2); far customers are seen rarely, so they tend to be overdue.
     */
    private static Visit customer(int i, boolean far, Random random) {
        double duration = DURATIONS[random.nextInt(DURATIONS.length)];
        double importance = IMPORTANCE[random.nextInt(IMPORTANCE.length)];
        double frequencyDays = 14 + 14 * random.nextInt(4);
        double lateness = far ? 1 + random.nextDouble() : 0.3 + 1.7 * random.nextDouble();
        double daysSinceLastVisit = frequencyDays * lateness;
        double overdue = Math.min(2.0, daysSinceLastVisit / frequencyDays);
        double value = Math.round(100 * importance * overdue) / 10.0;
        Visit visit = new Visit("c" + i, i, duration, value, false, 0, openingHours(random, duration), Map.of(), null, null);
        if (random.nextDouble() < 0.3) {
            visit = visit.withWindowsOn(random.nextInt(DAYS), List.of());
        }
        return visit;
    }

    /** Start-of-service windows: the opening hours shortened by the visit's duration. */
    private static List<TimeWindow> openingHours(Random random, double duration) {
        double u = random.nextDouble();
        if (u < 0.55) {
            return List.of(open(8.5, 12, duration), open(14, 18.5, duration));
        }
        if (u < 0.7) {
            return List.of(open(8, 12.5, duration));
        }
        if (u < 0.85) {
            return List.of(open(13.5, 19, duration));
        }
        return List.of(open(9, 18, duration));
    }

    private static TimeWindow open(double fromHour, double toHour, double duration) {
        return new TimeWindow(hours(fromHour), hours(toHour) - duration);
    }

    private static void pin(List<Visit> visits, Map<String, Pin> appointments, int index, Pin pin) {
        Visit pinned = visits.get(index - 1).pinnedTo(pin);
        visits.set(index - 1, pinned);
        appointments.put(pinned.id(), pin);
    }

    /**
     * The customer ranked {@code 10 + rank} by distance from home: close enough that an appointment there
     * is always reachable, not so close that it costs nothing.
     */
    private static int nearby(List<GeoPoint> places, int rank) {
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i < places.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(km(places.get(a)), km(places.get(b))));
        return order.get(rank - 1 + 10);
    }

    private static double km(GeoPoint p) {
        double dy = (p.latitude() - HOME.latitude()) * KM_PER_DEGREE;
        double dx = (p.longitude() - HOME.longitude()) * KM_PER_DEGREE * Math.cos(Math.toRadians(HOME.latitude()));
        return Math.hypot(dx, dy);
    }

    private static GeoPoint around(GeoPoint centre, double km, double bearing) {
        double dLat = km * Math.cos(bearing) / KM_PER_DEGREE;
        double dLon = km * Math.sin(bearing) / (KM_PER_DEGREE * Math.cos(Math.toRadians(centre.latitude())));
        return new GeoPoint(centre.latitude() + dLat, centre.longitude() + dLon);
    }

    private static TimeWindow exactly(double time) {
        return new TimeWindow(time, time);
    }

    static double hours(double h) {
        return h * 3600;
    }
}
