package dev.terrain.planner;

/** Receives progress reports while the planner runs (on the planner's thread; keep it quick). */
@FunctionalInterface
public interface ProgressListener {

    void onProgress(Progress progress);

    /** A listener that ignores reports. */
    static ProgressListener none() {
        return p -> { };
    }
}
