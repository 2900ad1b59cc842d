package dev.terrain.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * Shows the service's problems on a page, in the reader's language: each English message has a key
 * {@code users.problem.<message in kebab case>}; a message without a key is shown as it is.
 */
final class Problems {

    private Problems() {
    }

    static Map<String, String> translate(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        var byField = new LinkedHashMap<String, String>();
        for (var problem : problems) {
            byField.putIfAbsent(problem.field(), translate(problem.message(), messages, locale));
        }
        return byField;
    }

    static String translate(String message, MessageSource messages, Locale locale) {
        return messages.getMessage(key(message), null, message, locale);
    }

    static String key(String message) {
        var slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "users.problem." + slug;
    }
}
