/**
 * Benchmarks of the planner: readers for the classic VRPTW (Solomon, Gehring-Homberger) and TOPTW
 * instances, an independent feasibility checker in the DIMACS arithmetic, an adapter from instances to
 * planning problems, a generated working week of a sales rep, and the {@link dev.terrain.planner.bench.Benchmark}
 * runner that prints the tables kept in {@code docs/benchmarks.md}.
 *
 * <p>Nothing here is used by the planner itself. The checker deliberately shares no code with the engine's
 * evaluation, so that a bug there cannot hide in a benchmark figure.
 */
package dev.terrain.planner.bench;
