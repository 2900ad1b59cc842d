package dev.terrain.territory.web;

import java.io.IOException;

import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Failures of the territory pages that the forms do not show themselves become the application's error pages:
 * a territory, customer or user out of reach is 404, a clash 409, bad input 400. Denials go on to Spring
 * Security (403).
 */
@ControllerAdvice(assignableTypes = { TerritoriesController.class, TerritoryRuleController.class,
        TerritoryContentsController.class })
class TerritoryPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler(InvalidInputException.class)
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
