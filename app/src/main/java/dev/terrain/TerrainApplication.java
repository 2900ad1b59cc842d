package dev.terrain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Terrain: field-sales management. Each top-level package below this one is an application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Terrain", sharedModules = "platform")
public class TerrainApplication {

    public static void main(String[] args) {
        SpringApplication.run(TerrainApplication.class, args);
    }
}
