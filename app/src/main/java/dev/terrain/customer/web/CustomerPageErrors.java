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
 * Answers the failures of the customer module's pages (customers, custom fields, transfers, map, locations) with a
 * page: a record that does not exist or is not visible is 404, a clash 409, bad input 400 naming the field.
 * Denials go on to Spring Security (403).
 */
@ControllerAdvice(assignableTypes = { CustomersController.class, CustomerFormController.class, CustomFieldsController.class,
        TransfersController.class, TransferWizardController.class, GeocodingController.class, CustomerMapController.class })
class CustomerPageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("problem", "notFound");
        return "customer/problem";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        model.addAttribute("problem", "conflict");
        model.addAttribute("detail", e.getMessage());
        return "customer/problem";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        model.addAttribute("problem", "invalid");
        model.addAttribute("detail", e.problems().isEmpty() ? null
                : e.problems().get(0).field() + ": " + e.problems().get(0).message());
        return "customer/problem";
    }
}
