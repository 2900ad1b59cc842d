package dev.terrain.planner.internal;

/** For each visit, the other visits by increasing (symmetrised) arc cost. */
final class Neighbours {

    private static final int MAX = 300;

    private Neighbours() {
    }

    static int[][] build(Model m) {
        int n = m.visits;
        int keep = Math.min(n, MAX);
        int[][] result = new int[n][];
        double[] key = new double[n];
        Integer[] order = new Integer[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int pa = m.place[a];
                int pb = m.place[b];
                key[b] = a == b ? -1 : m.dist(pa, pb) + m.dist(pb, pa) + 1e-9 * (m.time(pa, pb) + m.time(pb, pa));
                order[b] = b;
            }
            java.util.Arrays.sort(order, (x, y) -> x.equals(y) ? 0 : key[x] != key[y] ? Double.compare(key[x], key[y]) : Integer.compare(x, y));
            int[] list = new int[keep];
            for (int i = 0; i < keep; i++) {
                list[i] = order[i];
            }
            result[a] = list;
        }
        return result;
    }
}
