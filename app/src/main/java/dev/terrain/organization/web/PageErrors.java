package dev.terrain.organization.web;

import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Answers the users, groups and permissions pages' failures with a page: a record that does not exist or is
 * not visible is 404, a clash 409, bad input 400. Denials go on to Spring Security (403).
 */
@ControllerAdvice(assignableTypes = {UsersController.class, GroupsController.class, PermissionsController.class})
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(org.springframework.ui.Model model) {
        model.addAttribute("problem", "notFound");
        return "organization/users-problem";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(org.springframework.ui.Model model) {
        model.addAttribute("problem", "conflict");
        return "organization/users-problem";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(org.springframework.ui.Model model) {
        model.addAttribute("problem", "invalid");
        return "organization/users-problem";
    }
}
