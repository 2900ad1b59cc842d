package dev.terrain.planner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TravelModelTest {

    @Test
    void matrixKeepsAsymmetricAndFractionalValues() {
        MatrixTravelModel m = MatrixTravelModel.of(new double[][] {{0, 12.5}, {7, 0}}, new double[][] {{0, 1000.3}, {900, 0}});
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.time(0, 1)).isEqualTo(12.5);
        assertThat(m.time(1, 0)).isEqualTo(7);
        assertThat(m.distance(0, 1)).isEqualTo(1000.3);
    }

    @Test
    void matrixRejectsNegativeOrRaggedInput() {
        assertThatThrownBy(() -> MatrixTravelModel.timeEqualsDistance(new double[][] {{0, -1}, {1, 0}}))
                .hasMessageContaining("[0][1]");
        assertThatThrownBy(() -> MatrixTravelModel.timeEqualsDistance(new double[][] {{0, 1}, {1}}))
                .hasMessageContaining("row 1");
    }

    @Test
    void straightLineUsesGreatCircleTimesRoadFactorAndSpeedBands() {
        GeoPoint paris = new GeoPoint(48.8566, 2.3522);
        GeoPoint lyon = new GeoPoint(45.7640, 4.8357);
        GeoPoint nearParis = new GeoPoint(48.8666, 2.3522);
        StraightLineTravelModel model = new StraightLineTravelModel(List.of(paris, lyon, nearParis), 1.3,
                List.of(new SpeedBand(5_000, 10), new SpeedBand(50_000, 20), new SpeedBand(1_000_000, 25)));
        assertThat(model.distance(0, 1)).isCloseTo(1.3 * 392_000, within(2_000.0));
        assertThat(model.distance(1, 0)).isEqualTo(model.distance(0, 1));
        assertThat(model.time(0, 1)).isCloseTo(5_000 / 10.0 + 45_000 / 20.0 + (model.distance(0, 1) - 50_000) / 25,
                within(1e-6));
        assertThat(model.time(0, 2)).isCloseTo(model.distance(0, 2) / 10, within(1e-6));
        assertThat(model.distance(2, 2)).isZero();
        assertThat(model.time(2, 2)).isZero();
    }

    @Test
    void straightLineTimesGrowWithDistanceAndKeepTheTriangleInequality() {
        List<GeoPoint> line = new java.util.ArrayList<>();
        for (int i = 0; i <= 400; i++) {
            line.add(new GeoPoint(45 + i * 0.001, 4.8));
        }
        StraightLineTravelModel model = StraightLineTravelModel.withDefaults(line);
        for (int i = 1; i <= 400; i++) {
            assertThat(model.time(0, i)).as("trip 0 -> %d", i).isGreaterThan(model.time(0, i - 1));
        }
        for (int a = 0; a <= 400; a += 7) {
            for (int b = 0; b <= 400; b += 5) {
                for (int c = 0; c <= 400; c += 11) {
                    assertThat(model.time(a, c)).isLessThanOrEqualTo(model.time(a, b) + model.time(b, c) + 1e-6);
                }
            }
        }
    }
}
