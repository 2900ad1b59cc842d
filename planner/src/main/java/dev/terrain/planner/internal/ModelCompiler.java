package dev.terrain.planner.internal;

import dev.terrain.planner.BreakRule;
import dev.terrain.planner.CostWeights;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.Resource;
import dev.terrain.planner.TimeWindow;
import dev.terrain.planner.TravelModel;
import dev.terrain.planner.Visit;
import dev.terrain.planner.WorkDay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Turns a {@link PlanningProblem} into a {@link Model}. */
final class ModelCompiler {

    private final PlanningProblem problem;
    private final Model m = new Model();
    private final Map<Integer, Integer> compactPlace = new HashMap<>();
    private final List<Integer> originalPlace = new ArrayList<>();

    private ModelCompiler(PlanningProblem problem) {
        this.problem = problem;
    }

    static Model compile(PlanningProblem problem) {
        return new ModelCompiler(problem).build();
    }

    private Model build() {
        compileVisits();
        compileRoutes();
        compileTravel();
        compileWindows();
        compileAllowed();
        compileWeights();
        m.originalPlace = originalPlace.stream().mapToInt(Integer::intValue).toArray();
        m.neighbours = Neighbours.build(m);
        compileNearest();
        return m;
    }

    private int placeOf(int original) {
        return compactPlace.computeIfAbsent(original, k -> {
            originalPlace.add(k);
            return originalPlace.size() - 1;
        });
    }

    private void compileVisits() {
        List<Visit> visits = problem.visits();
        int n = visits.size();
        m.visits = n;
        m.place = new int[n];
        m.service = new double[n];
        m.value = new double[n];
        m.demand = new double[n];
        m.mandatory = new boolean[n];
        m.pinnedResource = new int[n];
        m.visitId = new String[n];
        for (int v = 0; v < n; v++) {
            Visit visit = visits.get(v);
            m.place[v] = placeOf(visit.place());
            m.service[v] = visit.duration();
            m.value[v] = visit.value();
            m.demand[v] = visit.demand();
            m.mandatory[v] = visit.mandatory();
            m.visitId[v] = visit.id();
            m.pinnedResource[v] = -1;
            if (visit.pin() != null && visit.pin().resourceId() != null) {
                m.pinnedResource[v] = resourceIndex(visit.pin().resourceId());
            }
        }
    }

    private int resourceIndex(String id) {
        List<Resource> resources = problem.resources();
        for (int i = 0; i < resources.size(); i++) {
            if (resources.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private void compileRoutes() {
        TreeSet<Integer> days = new TreeSet<>();
        problem.resources().forEach(r -> r.days().forEach(d -> days.add(d.day())));
        m.dayOfIndex = days.stream().mapToInt(Integer::intValue).toArray();
        List<RouteSpec> specs = new ArrayList<>();
        Map<List<Object>, Integer> classes = new HashMap<>();
        for (int ri = 0; ri < problem.resources().size(); ri++) {
            Resource resource = problem.resources().get(ri);
            for (WorkDay day : resource.days()) {
                RouteSpec s = new RouteSpec();
                s.resource = ri;
                s.resourceId = resource.id();
                s.day = day.day();
                s.dayIndex = Arrays.binarySearch(m.dayOfIndex, day.day());
                s.startPlace = placeOf(day.startPlace());
                s.endPlace = placeOf(day.endPlace());
                s.shiftStart = day.shiftStart();
                s.shiftEnd = day.shiftEnd();
                s.latestEnd = day.shiftEnd() + day.maxOvertime();
                s.maxWork = day.maxWorkingTime();
                s.maxDrive = day.maxDrivingTime();
                s.capacity = resource.capacity();
                List<BreakRule> breaks = day.breaks().stream()
                        .sorted((a, b) -> Double.compare(a.earliestStart(), b.earliestStart())).toList();
                s.breakEarliest = breaks.stream().mapToDouble(BreakRule::earliestStart).toArray();
                s.breakLatest = breaks.stream().mapToDouble(BreakRule::latestStart).toArray();
                s.breakDuration = breaks.stream().mapToDouble(BreakRule::duration).toArray();
                s.nightMinDistance = resource.overnight().minDistanceFromHome();
                s.maxNightsPerWeek = resource.overnight().maxNightsPerWeek();
                s.nightAllowed = resource.overnight().allowsAfter(day.day());
                s.workLimitIdle = s.longestWork() <= s.maxWork;
                if (!specs.isEmpty()) {
                    RouteSpec prev = specs.get(specs.size() - 1);
                    if (prev.resource == ri && prev.day + 1 == s.day) {
                        prev.next = specs.size();
                        s.previous = specs.size() - 1;
                    }
                }
                List<Object> key = List.of(s.dayIndex, s.startPlace, s.endPlace, s.shiftStart, s.shiftEnd, s.latestEnd,
                        s.maxWork, s.maxDrive, s.capacity, breaks, Objects.toString(ri));
                s.emptyClass = classes.computeIfAbsent(pinFree(key), k -> classes.size());
                specs.add(s);
            }
        }
        for (RouteSpec s : specs) {
            s.nightAllowed &= s.next >= 0;
        }
        m.routes = specs.toArray(new RouteSpec[0]);
    }

    /** Empty routes of different resources are interchangeable unless a pin names a resource. */
    private List<Object> pinFree(List<Object> key) {
        boolean anyPinnedResource = Arrays.stream(m.pinnedResource).anyMatch(r -> r >= 0);
        boolean anyNight = problem.resources().stream().anyMatch(r -> r.overnight().maxNightsPerWeek() > 0);
        return anyPinnedResource || anyNight ? key : key.subList(0, key.size() - 1);
    }

    private void compileTravel() {
        TravelModel travel = problem.travel();
        CostWeights w = problem.weights();
        int p = originalPlace.size();
        m.places = p;
        m.time = new double[p * p];
        m.dist = new double[p * p];
        m.arcCost = new double[p * p];
        m.timeIn = new double[p * p];
        m.costIn = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                int oa = originalPlace.get(a);
                int ob = originalPlace.get(b);
                double t = travel.time(oa, ob);
                double d = travel.distance(oa, ob);
                m.time[a * p + b] = t;
                m.dist[a * p + b] = d;
                m.arcCost[a * p + b] = w.perDrivingSecond() * t + w.perMetre() * d;
                m.timeIn[b * p + a] = t;
                m.costIn[b * p + a] = m.arcCost[a * p + b];
            }
        }
    }

    private void compileAllowed() {
        int routes = m.routes.length;
        m.allowedOn = new boolean[m.visits * routes];
        for (int v = 0; v < m.visits; v++) {
            for (int r = 0; r < routes; r++) {
                RouteSpec s = m.routes[r];
                int pinned = m.pinnedResource[v];
                m.allowedOn[v * routes + r] = m.windowStart[s.dayIndex][v] != Model.CLOSED && (pinned < 0 || pinned == s.resource);
            }
        }
    }

    private void compileWindows() {
        int days = m.dayOfIndex.length;
        int n = m.visits;
        m.windowStart = new double[days][n];
        m.windowEnd = new double[days][n];
        m.windows = new double[days][n][];
        for (int di = 0; di < days; di++) {
            for (int v = 0; v < n; v++) {
                List<TimeWindow> ws = problem.visits().get(v).windowsOn(m.dayOfIndex[di]);
                if (ws.isEmpty()) {
                    m.windowStart[di][v] = Model.CLOSED;
                    m.windowEnd[di][v] = Model.CLOSED;
                    continue;
                }
                m.windowStart[di][v] = ws.get(0).start();
                m.windowEnd[di][v] = ws.get(ws.size() - 1).end();
                if (ws.size() > 1) {
                    double[] pairs = new double[ws.size() * 2];
                    for (int i = 0; i < ws.size(); i++) {
                        pairs[2 * i] = ws.get(i).start();
                        pairs[2 * i + 1] = ws.get(i).end();
                    }
                    m.windows[di][v] = pairs;
                }
            }
        }
    }

    private void compileNearest() {
        int p = m.places;
        int[] users = new int[p];
        for (int v = 0; v < m.visits; v++) {
            users[m.place[v]]++;
        }
        for (RouteSpec s : m.routes) {
            users[s.startPlace] += 2;
            users[s.endPlace] += 2;
        }
        m.nearIn = new double[p];
        m.nearOut = new double[p];
        for (int b = 0; b < p; b++) {
            double in = Double.POSITIVE_INFINITY;
            double out = Double.POSITIVE_INFINITY;
            for (int a = 0; a < p; a++) {
                if (a != b) {
                    in = Math.min(in, m.time(a, b));
                    out = Math.min(out, m.time(b, a));
                }
            }
            boolean shared = users[b] > 1;
            m.nearIn[b] = shared || in == Double.POSITIVE_INFINITY ? 0 : Math.max(0, in);
            m.nearOut[b] = shared || out == Double.POSITIVE_INFINITY ? 0 : Math.max(0, out);
        }
    }

    private void compileWeights() {
        CostWeights w = problem.weights();
        m.nightCost = w.perNight();
        m.overtimeCost = w.perOvertimeSecond();
        double maxArc = 0;
        for (double c : m.arcCost) {
            maxArc = Math.max(maxArc, c);
        }
        double overtime = 0;
        for (RouteSpec s : m.routes) {
            double extra = s.latestEnd - s.shiftEnd;
            overtime += Double.isFinite(extra) ? extra * m.overtimeCost : 0;
        }
        double costBound = (m.visits + 2.0 * m.routes.length) * maxArc + overtime + m.routes.length * m.nightCost + 1;
        double totalValue = 0;
        double minValue = Double.POSITIVE_INFINITY;
        for (double v : m.value) {
            totalValue += v;
            if (v > 0) {
                minValue = Math.min(minValue, v);
            }
        }
        m.lexicographic = Double.isInfinite(w.valueWeight());
        m.valueWeight = m.lexicographic ? costBound / Math.min(1, minValue == Double.POSITIVE_INFINITY ? 1 : minValue)
                : w.valueWeight();
        m.hardWeight = m.valueWeight * (totalValue + 1) + costBound;
    }
}
