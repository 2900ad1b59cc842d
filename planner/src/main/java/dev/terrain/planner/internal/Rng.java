package dev.terrain.planner.internal;

/** A small, fast, seedable random generator (SplitMix64); the search's only source of chance. */
final class Rng {

    private long state;

    /**
     * The seed is scrambled before it becomes the state: the state advances by a fixed step, so taking
     * {@code seed * step} as the state would make seed s + 1 replay the stream of seed s one draw later.
     */
    Rng(long seed) {
        state = mix(seed + 0x632BE59BD9B4E019L);
    }

    long nextLong() {
        return mix(state += 0x9E3779B97F4A7C15L);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }
}
