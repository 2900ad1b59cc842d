package dev.terrain.customer.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map's background: a tile server URL template ({@code {z}/{x}/{y}}, env {@code TERRAIN_MAP_TILES_URL}) and
 * the attribution its licence asks for. Markers need no tiles, so the map works without a reachable server.
 */
@ConfigurationProperties("terrain.map")
public record MapProperties(String tilesUrl, String attribution) {

    public MapProperties {
        tilesUrl = tilesUrl == null || tilesUrl.isBlank() ? "https://tile.openstreetmap.org/{z}/{x}/{y}.png" : tilesUrl;
        attribution = attribution == null || attribution.isBlank()
                ? "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors"
                : attribution;
    }
}
