package dev.terrain.customer.web;

import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Answers the customer pages' failures with a page: a customer that does not exist or is not visible is 404, a
 * clash 409, bad input 400. Denials go on to Spring Security (403).
 */
@ControllerAdvice(assignableTypes = {CustomersController.class, CustomerFormController.class, CustomFieldsController.class})
class CustomerPageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("problem", "notFound");
        return "customer/problem";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("problem", "conflict");
        return "customer/problem";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(Model model) {
        model.addAttribute("problem", "invalid");
        return "customer/problem";
    }
}
