package dev.terrain.planner.bench;

/**
 * One vertex of a benchmark instance. Site 0 is the depot; its {@code due} is the latest return.
 *
 * @param id      number of the vertex in the file (0 = depot)
 * @param x       x coordinate
 * @param y       y coordinate
 * @param demand  load it takes on the vehicle (0 in TOPTW instances)
 * @param score   profit of serving it (0 in VRPTW instances)
 * @param ready   earliest start of service
 * @param due     latest start of service
 * @param service service duration
 */
public record Site(int id, double x, double y, double demand, double score, double ready, double due,
                   double service) {

    public Site {
        if (!(ready <= due)) {
            throw new IllegalArgumentException("site " + id + " has ready time " + ready + " after its due date " + due);
        }
    }
}
