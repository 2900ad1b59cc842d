package dev.terrain.planner;

import java.util.Comparator;
import java.util.List;

/**
 * Travel estimated from coordinates: great-circle distance times a road factor, and a speed that
 * depends on the length of the trip (slow in town, fast on long trips). Symmetric.
 */
public final class StraightLineTravelModel implements TravelModel {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private final List<GeoPoint> places;
    private final double roadFactor;
    private final List<SpeedBand> bands;

    /**
     * @param places     the places, by index
     * @param roadFactor road distance per straight-line distance, usually 1.2 to 1.4
     * @param bands      speeds by distance band; the last band also applies beyond its limit
     */
    public StraightLineTravelModel(List<GeoPoint> places, double roadFactor, List<SpeedBand> bands) {
        if (!(roadFactor >= 1)) {
            throw new IllegalArgumentException("roadFactor must be >= 1 but is " + roadFactor);
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("bands must not be empty");
        }
        this.places = List.copyOf(places);
        this.roadFactor = roadFactor;
        this.bands = bands.stream().sorted(Comparator.comparingDouble(SpeedBand::upToMetres)).toList();
    }

    /** Defaults for driving in Europe: factor 1.3; 30 km/h up to 5 km, 60 km/h up to 30 km, 90 km/h beyond. */
    public static StraightLineTravelModel withDefaults(List<GeoPoint> places) {
        return new StraightLineTravelModel(places, 1.3, List.of(
                new SpeedBand(5_000, 30 / 3.6), new SpeedBand(30_000, 60 / 3.6), new SpeedBand(100_000, 90 / 3.6)));
    }

    @Override
    public int size() {
        return places.size();
    }

    @Override
    public double distance(int from, int to) {
        return roadFactor * greatCircle(places.get(from), places.get(to));
    }

    @Override
    public double time(int from, int to) {
        double metres = distance(from, to);
        for (SpeedBand band : bands) {
            if (metres <= band.upToMetres()) {
                return metres / band.metresPerSecond();
            }
        }
        return metres / bands.get(bands.size() - 1).metresPerSecond();
    }

    static double greatCircle(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
