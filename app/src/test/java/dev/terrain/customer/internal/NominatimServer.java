package dev.terrain.customer.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for a Nominatim server: answers {@code /search} with what the test's function returns for the
 * decoded query ({@code status} and body), and remembers each request's query and user agent.
 */
final class NominatimServer implements AutoCloseable {

    record Answer(int status, String body) {
    }

    final List<String> queries = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    final List<Long> times = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    NominatimServer(Function<String, Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/search", exchange -> answer(exchange, answers));
        server.start();
    }

    private void answer(HttpExchange exchange, Function<String, Answer> answers) throws IOException {
        var query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        queries.add(query);
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        times.add(System.nanoTime());
        var answer = answers.apply(query);
        var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One place as Nominatim's {@code format=jsonv2} with {@code addressdetails=1} returns it. */
    static String place(String lat, String lon, double importance, String postcode, String displayName) {
        return """
                {"place_id": 128542349, "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
                 "osm_type": "way", "osm_id": 30792213, "lat": "%s", "lon": "%s", "category": "highway",
                 "type": "residential", "place_rank": 26, "importance": %s, "addresstype": "road",
                 "name": "Rue de la République", "display_name": "%s",
                 "address": {"road": "Rue de la République", "suburb": "Lyon 2e Arrondissement", "city": "Lyon",
                             "municipality": "Lyon", "county": "Métropole de Lyon", "state": "Auvergne-Rhône-Alpes",
                             "ISO3166-2-lvl4": "FR-ARA", "country": "France", "postcode": "%s", "country_code": "fr"},
                 "boundingbox": ["45.7600000", "45.7680000", "4.8350000", "4.8370000"]}"""
                .formatted(lat, lon, importance, displayName, postcode);
    }
}
