package dev.terrain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.terrain.organization.Role;
import dev.terrain.organization.SecurityFixtures;
import dev.terrain.organization.TokenManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Throughput of {@code POST /api/v1/users/bulk} with 1,000 users per call, over HTTP with a bearer token, on the
 * embedded PostgreSQL. Not part of the test run (the name matches no test pattern); run it with
 * {@code ./mvnw -pl app -am test -Dtest=BulkUsersBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Prints,
 * per round, the milliseconds of one call creating 1,000 new users and of one call updating them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkUsersBenchmark {

    static final int USERS = 1000;
    static final int WARM_UP = 2;
    static final int ROUNDS = 5;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired TokenManagement tokens;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void bulkUpsertOfAThousandUsers() throws Exception {
        var admin = new SecurityFixtures(jdbc, encoder).user(Role.ADMIN);
        var token = tokens.create(admin, "benchmark").secret();
        var creates = new ArrayList<Long>();
        var updates = new ArrayList<Long>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long created = call(token, rows(round, "Rep"));
            long updated = call(token, rows(round, "Renamed rep"));
            if (round >= WARM_UP) {
                creates.add(created);
                updates.add(updated);
            }
        }
        System.out.printf(Locale.ROOT, "bulk create, 1,000 users per call: %s ms -> median %.0f users/s%n",
                creates, USERS * 1000.0 / median(creates));
        System.out.printf(Locale.ROOT, "bulk update, 1,000 users per call: %s ms -> median %.0f users/s%n",
                updates, USERS * 1000.0 / median(updates));
    }

    long call(String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users/bulk"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long start = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return millis;
    }

    /** 1,000 reps with homes around Lyon, identified by external id so the second call updates them. */
    static String rows(int round, String name) {
        var rows = new ArrayList<String>();
        for (int i = 0; i < USERS; i++) {
            rows.add(String.format(Locale.ROOT, """
                    {"externalId":"BENCH-%d-%d","email":"bench-%d-%d@terrain.test","displayName":"%s %d",\
                    "role":"REP","homeAddress":"Rue %d, Lyon","latitude":%.5f,"longitude":%.5f}""",
                    round, i, round, i, name, i, i, 45.70 + (i % 100) * 0.002, 4.80 + (i / 100) * 0.01));
        }
        return "{\"users\":[" + String.join(",", rows) + "]}";
    }

    static double median(List<Long> values) {
        var sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

}
