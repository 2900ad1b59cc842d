package dev.terrain.customer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Speaks the service's problems in the reader's language: {@code must be between 7 and 730} is
 * {@code customers.problem.between}, other English messages have a key {@code customers.problem.<kebab case>};
 * a message without a key is shown as it is.
 */
@Component
class PageProblems {

    private static final Map<Pattern, String> PATTERNS = Map.of(
            Pattern.compile("^must be between (\\S+) and (\\S+)$"), "customers.problem.between",
            Pattern.compile("^must have at most (\\d+) characters$"), "customers.problem.tooLong",
            Pattern.compile("^must be one of (.+)$"), "customers.problem.oneOf");

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Field (as renamed) to its first message. */
    Map<String, String> byField(List<FieldProblem> problems, UnaryOperator<String> rename, Locale locale) {
        var byField = new LinkedHashMap<String, String>();
        for (var problem : problems) {
            byField.putIfAbsent(rename.apply(problem.field()), translate(problem.message(), locale));
        }
        return byField;
    }

    String translate(String message, Locale locale) {
        for (var entry : PATTERNS.entrySet()) {
            var matcher = entry.getKey().matcher(message);
            if (matcher.matches()) {
                var args = new Object[matcher.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = matcher.group(i + 1);
                }
                return messages.getMessage(entry.getValue(), args, message, locale);
            }
        }
        return messages.getMessage(key(message), null, message, locale);
    }

    static String key(String message) {
        var slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "customers.problem." + slug;
    }
}
