package dev.terrain.customer.internal;

import java.util.List;
import java.util.Locale;

import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Speaks the transfer, map and geocoding messages in the language of the request. */
@Component
class TransferTexts {

    private final MessageSource messages;

    TransferTexts(MessageSource messages) {
        this.messages = messages;
    }

    String message(String code, Object... args) {
        return message(LocaleContextHolder.getLocale(), code, args);
    }

    String message(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    InvalidInputException invalid(String field, String code, Object... args) {
        return new InvalidInputException(field, message(code, args));
    }

    /** One problem of a form or request, named by its field and a message code. */
    record Problem(String field, String code, Object... args) {
    }

    void failOn(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new FieldProblem(p.field(), message(p.code(), p.args())))
                    .toList());
        }
    }
}
