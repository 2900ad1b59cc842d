package dev.terrain.planner;

import java.util.Comparator;
import java.util.List;

/**
 * Travel estimated from coordinates: great-circle distance times a road factor, driven at the speed of
 * each distance band in turn (the first kilometres slowly, as out of a town, then faster on the longer
 * roads). Symmetric. Since every band is driven in turn, a longer trip never takes less time than a
 * shorter one, and with speeds that rise band by band the times keep the triangle inequality.
 */
public final class StraightLineTravelModel implements TravelModel {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private final List<GeoPoint> places;
    private final double roadFactor;
    private final List<SpeedBand> bands;

    /**
     * @param places     the places, by index
     * @param roadFactor road distance per straight-line distance, usually 1.2 to 1.4
     * @param bands      speeds by distance band: a trip drives its first metres at the first band's speed up to
     *                   its limit, then at the next band's speed up to that one's limit, and so on; the last
     *                   band's speed also applies beyond its limit
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

    /**
     * Defaults for driving in Europe: factor 1.3; the first 5 km at 30 km/h, the next 25 km at 60 km/h, the
     * rest at 90 km/h (10 km take 15 min, 50 km 48 min, 100 km 82 min).
     */
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
        double seconds = 0;
        double driven = 0;
        for (SpeedBand band : bands) {
            double upTo = Math.min(metres, band.upToMetres());
            seconds += (upTo - driven) / band.metresPerSecond();
            driven = upTo;
            if (driven >= metres) {
                return seconds;
            }
        }
        return seconds + (metres - driven) / bands.get(bands.size() - 1).metresPerSecond();
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
