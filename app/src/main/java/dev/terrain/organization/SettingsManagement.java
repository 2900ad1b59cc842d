package dev.terrain.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.terrain.organization.internal.SettingEntries;
import dev.terrain.organization.internal.SettingKey;
import dev.terrain.organization.internal.SettingProblem;
import dev.terrain.organization.internal.SettingTexts;
import dev.terrain.organization.internal.SettingsAccess;
import dev.terrain.organization.internal.SettingsAccess.Subject;
import dev.terrain.organization.internal.SettingsReader;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company settings and targets, and each user's own deviations from them. The value in force for a user is
 * their own, else the company's. Admins change the company's values; admins and the supervisors of a user's
 * groups change that user's. A change is checked as a whole (every field, then the rules between fields, then,
 * for company changes, every user's resulting settings) and written in one transaction, or not at all. Every
 * change is audited with its before and after values.
 */
@Service
@Transactional(readOnly = true)
public class SettingsManagement {

    static final String AUDIT_ENTITY = "setting";

    private final SettingEntries entries;
    private final SettingsAccess access;
    private final AuditLog auditLog;
    private final MessageSource messages;

    SettingsManagement(SettingEntries entries, SettingsAccess access, AuditLog auditLog, MessageSource messages) {
        this.entries = entries;
        this.access = access;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** The company's settings. */
    public WorkingSettings company() {
        return SettingsReader.read(companyTexts()).settings();
    }

    /** The company's settings as canonical texts, in screen order, e.g. {@code workdayStart -> 08:00}. */
    public Map<String, String> companyTexts() {
        return SettingTexts.company(entries.company());
    }

    /** The settings in force for a user (the company's where the user has none of their own). */
    public WorkingSettings effectiveFor(UserId user) {
        var reading = SettingsReader.read(SettingTexts.effective(companyTexts(), entries.ofUser(user)));
        return reading.valid() ? reading.settings() : company();
    }

    /** A user's settings with their sources, for a viewer who may see them; otherwise not found. */
    public UserSettings forUser(CurrentUser viewer, UserId userId) {
        var subject = visibleSubject(viewer, userId);
        var company = companyTexts();
        var own = entries.ofUser(userId);
        var effective = SettingTexts.effective(company, own);
        var list = new ArrayList<EffectiveSetting>();
        effective.forEach((name, value) -> list.add(new EffectiveSetting(name, value,
                own.containsKey(name) ? SettingSource.USER : SettingSource.COMPANY, company.get(name))));
        var reading = SettingsReader.read(effective);
        return new UserSettings(subject.id(), subject.email(), subject.displayName(), list,
                reading.valid() ? reading.settings() : company(), access.mayChange(viewer, subject));
    }

    /**
     * Changes company values (admins only). Names not given keep their value; a customer category given with an
     * empty value is removed, together with every user's own frequency for it.
     */
    @Transactional
    public WorkingSettings updateCompany(CurrentUser actor, Map<String, String> changes) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins change company settings");
        }
        var problems = new ArrayList<SettingProblem>();
        var normal = normalNames(changes, problems);
        throwIfAny(problems);
        entries.lockForChange();
        var stored = entries.company();
        var before = SettingTexts.company(stored);
        var after = new LinkedHashMap<>(before);
        normal.forEach((name, value) -> {
            if (SettingTexts.isCategory(name) && value.isBlank()) {
                after.remove(name);
            } else {
                after.put(name, value);
            }
        });
        var reading = SettingsReader.read(after);
        throwIfAny(reading.problems());
        var canonical = reading.canonical();
        checkUsersStayValid(canonical);
        canonical.forEach((name, value) -> {
            if (!value.equals(stored.get(name))) {
                entries.saveForCompany(name, value);
            }
        });
        before.keySet().stream().filter(name -> !canonical.containsKey(name)).forEach(name -> {
            entries.deleteForCompany(name);
            entries.deleteForAllUsers(name);
        });
        var differences = SettingTexts.differences(before, canonical);
        if (!differences.isEmpty()) {
            auditLog.record(AUDIT_ENTITY, "company", "updated", String.join("; ", differences));
        }
        return reading.settings();
    }

    /**
     * Gives a user their own values for the named settings. With {@code onlyChanged}, a value equal to the one in
     * force is left alone (a form that sends every field then only overrides what the viewer changed).
     */
    @Transactional
    public UserSettings overrideForUser(CurrentUser actor, UserId userId, Map<String, String> changes,
            boolean onlyChanged) {
        var subject = changeableSubject(actor, userId);
        var problems = new ArrayList<SettingProblem>();
        var normal = normalNames(changes, problems);
        entries.lockForChange();
        var company = companyTexts();
        var own = entries.ofUser(userId);
        var before = SettingTexts.effective(company, own);
        var nextOwn = new LinkedHashMap<>(own);
        normal.forEach((name, value) -> {
            if (!company.containsKey(name)) {
                problems.add(SettingProblem.of(name, "settings.error.unknownCategory"));
            } else if (value.isBlank()) {
                problems.add(SettingProblem.of(name, "settings.error.required"));
            } else if (!onlyChanged || !SettingTexts.canonical(name, value).equals(before.get(name))) {
                nextOwn.put(name, value);
            }
        });
        throwIfAny(problems);
        var reading = SettingsReader.read(SettingTexts.effective(company, nextOwn));
        throwIfAny(reading.problems());
        var changed = new ArrayList<String>();
        nextOwn.forEach((name, value) -> {
            var text = reading.canonical().get(name);
            if (text != null && !text.equals(own.get(name))) {
                entries.saveForUser(userId, name, text);
                changed.add(name);
            }
        });
        var differences = SettingTexts.differences(before, reading.canonical());
        if (!changed.isEmpty()) {
            var summary = differences.isEmpty() ? String.join(", ", changed) + ": now own values"
                    : String.join("; ", differences);
            auditLog.record(AUDIT_ENTITY, userId, "overridden", summary + " (user " + subject.email() + ")");
        }
        return forUser(actor, userId);
    }

    /** Returns a user's setting to the company's value; nothing happens when the user has no own value. */
    @Transactional
    public UserSettings resetForUser(CurrentUser actor, UserId userId, String key) {
        var subject = changeableSubject(actor, userId);
        var name = SettingTexts.normalName(key).orElseThrow(() -> new NotFoundException("Setting", key));
        entries.lockForChange();
        var company = companyTexts();
        var own = entries.ofUser(userId);
        if (!own.containsKey(name)) {
            return forUser(actor, userId);
        }
        var nextOwn = new LinkedHashMap<>(own);
        nextOwn.remove(name);
        var reading = SettingsReader.read(SettingTexts.effective(company, nextOwn));
        throwIfAny(reading.problems().stream()
                .map(p -> SettingProblem.of(name, "settings.error.resetBreaksRules", message(p)))
                .toList());
        entries.deleteForUser(userId, name);
        auditLog.record(AUDIT_ENTITY, userId, "reset", name + ": " + own.get(name) + " -> " + company.get(name)
                + " (company default) (user " + subject.email() + ")");
        return forUser(actor, userId);
    }

    private Subject visibleSubject(CurrentUser viewer, UserId userId) {
        return access.visibleTo(viewer, userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    private Subject changeableSubject(CurrentUser actor, UserId userId) {
        var subject = visibleSubject(actor, userId);
        if (!access.mayChange(actor, subject)) {
            throw new AccessDeniedException("May not change the settings of " + userId);
        }
        return subject;
    }

    private void checkUsersStayValid(Map<String, String> company) {
        var problems = new ArrayList<SettingProblem>();
        for (var own : entries.allOwnValues()) {
            var reading = SettingsReader.read(SettingTexts.effective(company, own.values()));
            reading.problems().stream().limit(3).forEach(p -> problems.add(
                    SettingProblem.of(p.field(), "settings.error.breaksUserSettings", own.email(), message(p))));
        }
        throwIfAny(problems.stream().limit(20).toList());
    }

    private static Map<String, String> normalNames(Map<String, String> changes, List<SettingProblem> problems) {
        var normal = new LinkedHashMap<String, String>();
        if (changes.size() > 200) {
            problems.add(SettingProblem.of("settings", "settings.error.tooMany", 200));
            return normal;
        }
        changes.forEach((name, value) -> SettingTexts.normalName(name).ifPresentOrElse(
                known -> normal.put(known, value == null ? "" : value),
                () -> problems.add(SettingProblem.of(shorten(name), "settings.error.unknownSetting"))));
        return normal;
    }

    private static String shorten(String name) {
        return name == null ? "" : name.length() > 100 ? name.substring(0, 100) : name;
    }

    private void throwIfAny(List<SettingProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new FieldProblem(p.field(), message(p)))
                    .toList());
        }
    }

    private String message(SettingProblem problem) {
        return messages.getMessage(problem.code(), problem.args().toArray(), problem.code(),
                LocaleContextHolder.getLocale());
    }
}
