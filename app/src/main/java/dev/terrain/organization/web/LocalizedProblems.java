package dev.terrain.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.terrain.organization.internal.SettingProblem;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Speaks problems in the language of the request, for screens and for API answers. */
@Component
class LocalizedProblems {

    private final MessageSource messages;

    LocalizedProblems(MessageSource messages) {
        this.messages = messages;
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    InvalidInputException invalid(List<SettingProblem> problems) {
        return new InvalidInputException(problems.stream()
                .map(p -> new FieldProblem(p.field(), message(p.code(), p.args().toArray())))
                .toList());
    }

    /** Field name to its first message, for a form to show next to each field. */
    static Map<String, String> byField(InvalidInputException e) {
        var errors = new LinkedHashMap<String, String>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        return errors;
    }
}
