package dev.terrain.customer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.terrain.customer.internal.DemoPlaces.Kind;
import dev.terrain.customer.internal.DemoPlaces.Town;

/**
 * Generates the demo customers as table rows, the same ones for the same seed and day: towns weighted by size,
 * kinds of business with their hours, categories A/B/C at about 20/30/50 %, owners by distance to the reps'
 * homes, contacts, a few notes, and visit histories spread so that some customers are overdue.
 */
final class DemoCustomerRows {

    /** A rep who can own demo customers, with a home (null coordinates: owns at random). */
    record Rep(UUID id, Double latitude, Double longitude) {
    }

    final List<Map<String, Object>> customers = new ArrayList<>();
    final List<Map<String, Object>> openingHours = new ArrayList<>();
    final List<Map<String, Object>> closingDays = new ArrayList<>();
    final List<Map<String, Object>> contacts = new ArrayList<>();
    final List<Map<String, Object>> notes = new ArrayList<>();

    private final Random random;
    private final List<Rep> reps;
    private final LocalDate today;
    private final Map<String, Integer> frequencies;
    private final List<Town> weightedTowns = new ArrayList<>();

    DemoCustomerRows(long seed, List<Rep> reps, LocalDate today, Map<String, Integer> frequencies) {
        this.random = new Random(seed);
        this.reps = reps;
        this.today = today;
        this.frequencies = frequencies;
        DemoPlaces.TOWNS.forEach(t -> {
            for (int i = 0; i < t.weight(); i++) {
                weightedTowns.add(t);
            }
        });
    }

    DemoCustomerRows generate(int count) {
        for (int i = 0; i < count; i++) {
            customer(i);
        }
        return this;
    }

    private void customer(int index) {
        var id = UUID.randomUUID();
        var kinds = Kind.values();
        var kind = kinds[random.nextInt(kinds.length)];
        var town = pick(weightedTowns);
        var family = pick(DemoPlaces.FAMILY_NAMES);
        var name = random.nextInt(3) == 0 ? kind.label + " " + pick(DemoPlaces.PLACES) : kind.label + " " + family;
        double latitude = town.latitude() + random.nextGaussian() * 0.012;
        double longitude = town.longitude() + random.nextGaussian() * 0.017;
        int roll = random.nextInt(100);
        var category = roll < 20 ? "A" : roll < 50 ? "B" : "C";
        int statusRoll = random.nextInt(100);
        var status = statusRoll < 80 ? "ACTIVE" : statusRoll < 92 ? "PROSPECT" : "INACTIVE";
        var revenue = switch (category) {
            case "A" -> 150_000 + random.nextInt(750_000);
            case "B" -> 50_000 + random.nextInt(250_000);
            default -> 5_000 + random.nextInt(115_000);
        };
        var row = new HashMap<String, Object>();
        row.put("id", id);
        row.put("ext", random.nextInt(100) < 85 ? String.format("ERP-%06d", 100_000 + index) : null);
        row.put("name", name);
        row.put("street", (1 + random.nextInt(180)) + " " + pick(DemoPlaces.STREETS));
        row.put("postal", town.postalCode());
        row.put("city", town.name());
        row.put("region", "Auvergne-Rhône-Alpes");
        row.put("country", "FR");
        row.put("quality", "ENTERED");
        row.put("lat", round(latitude, 6));
        row.put("lon", round(longitude, 6));
        row.put("phone", phone("04"));
        row.put("email", random.nextInt(3) == 0 ? null : "contact@" + slug(name) + ".fr");
        row.put("category", frequencies.containsKey(category) ? category : frequencies.keySet().iterator().next());
        row.put("segment", kind.segment);
        row.put("industry", kind.industry);
        row.put("status", status);
        row.put("revenue", status.equals("PROSPECT") ? null : money(revenue));
        row.put("potential", money(revenue * (1.1 + random.nextDouble())));
        row.put("ytd", status.equals("ACTIVE") ? money(revenue * today.getDayOfYear() / 365.0 * (0.6 + random.nextDouble() * 0.6)) : null);
        row.put("owner", owner(latitude, longitude));
        row.put("frequency", random.nextInt(10) == 0 ? 14 + random.nextInt(8) * 7 : null);
        row.put("priority", category.equals("A") ? 2 : category.equals("B") ? 3 : 3 + random.nextInt(2));
        row.put("preferred", random.nextInt(6) == 0 ? new Integer[] {2 + random.nextInt(3)} : new Integer[0]);
        row.put("doNotPlan", status.equals("INACTIVE"));
        row.put("lastVisit", lastVisit(status, (Integer) row.get("frequency"), category));
        customers.add(row);
        kind.hours.week().forEach(interval -> openingHours.add(Map.of("id", id, "day", interval.day().getValue(),
                "opens", interval.opens(), "closes", interval.closes())));
        if (random.nextInt(5) == 0 && kind.hours != DemoPlaces.Hours.SUPERMARKET) {
            var first = LocalDate.of(today.getYear(), 8, 1 + random.nextInt(14));
            closingDays.add(closing(id, first, first.plusDays(13), "Congés d'été"));
        }
        if (random.nextInt(8) == 0) {
            closingDays.add(closing(id, LocalDate.of(today.getYear(), 12, 24), LocalDate.of(today.getYear(), 12, 26), "Noël"));
        }
        contacts(id, kind, family);
        notes(id, (UUID) row.get("owner"));
    }

    private void contacts(UUID customer, Kind kind, String family) {
        int count = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            var first = pick(DemoPlaces.FIRST_NAMES);
            var last = i == 0 && random.nextBoolean() ? family : pick(DemoPlaces.FAMILY_NAMES);
            var contact = new HashMap<String, Object>();
            contact.put("id", UUID.randomUUID());
            contact.put("customer", customer);
            contact.put("name", first + " " + last);
            contact.put("role", i == 0 ? kind.role : pick(List.of("Responsable achats", "Comptable", "Adjoint", "Vendeuse")));
            contact.put("phone", phone(random.nextBoolean() ? "06" : "04"));
            contact.put("email", slug(first) + "." + slug(last) + "@example.fr");
            contact.put("position", i);
            contacts.add(contact);
        }
    }

    private void notes(UUID customer, UUID author) {
        if (random.nextInt(100) >= 15) {
            return;
        }
        var texts = List.of("Intéressé par la nouvelle gamme, rappeler après la visite.",
                "Demande un devis pour la rentrée.", "Livraison en retard le mois dernier : à suivre.",
                "Nouveau gérant depuis janvier.", "Préfère les visites le matin avant 10 h.",
                "Parking difficile, se garer derrière l'église.", "Commande groupée possible avec le magasin voisin.");
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            var note = new HashMap<String, Object>();
            note.put("id", UUID.randomUUID());
            note.put("customer", customer);
            note.put("author", author);
            note.put("at", OffsetDateTime.of(today.minusDays(1 + random.nextInt(90)).atTime(8 + random.nextInt(10),
                    random.nextInt(60)), ZoneOffset.UTC));
            note.put("text", pick(texts));
            notes.add(note);
        }
    }

    /** Visited within about 1.4 frequencies, so roughly a third are overdue; prospects often never. */
    private LocalDate lastVisit(String status, Integer own, String category) {
        if (status.equals("PROSPECT") ? random.nextInt(3) > 0 : random.nextInt(20) == 0) {
            return null;
        }
        int frequency = own != null ? own : frequencies.getOrDefault(category, 56);
        return today.minusDays(random.nextInt((int) (frequency * 1.4) + 1));
    }

    private UUID owner(double latitude, double longitude) {
        if (reps.isEmpty()) {
            return null;
        }
        if (random.nextInt(10) == 0 || reps.stream().anyMatch(r -> r.latitude() == null)) {
            return pick(reps).id();
        }
        Rep nearest = reps.get(0);
        double best = Double.MAX_VALUE;
        for (var rep : reps) {
            double d = Math.pow(rep.latitude() - latitude, 2) + Math.pow((rep.longitude() - longitude) * 0.7, 2);
            if (d < best) {
                best = d;
                nearest = rep;
            }
        }
        return nearest.id();
    }

    private static Map<String, Object> closing(UUID id, LocalDate first, LocalDate last, String reason) {
        return Map.of("id", id, "first", first, "last", last, "reason", reason);
    }

    private String phone(String prefix) {
        return prefix + String.format(" %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).setScale(2);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
