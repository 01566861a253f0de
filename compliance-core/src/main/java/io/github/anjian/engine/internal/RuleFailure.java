package io.github.anjian.engine.internal;

import org.kie.api.runtime.rule.ConsequenceException;

import java.util.List;
import java.util.Map;

/**
 * A rule consequence that threw: which rule, requirement and facts.
 *
 * @param rule the rule name
 * @param requirement its requirement id
 * @param facts the facts it matched
 * @param message what went wrong
 */
record RuleFailure(String rule, String requirement, List<Object> facts, String message) {

    /** The failure behind an exception from {@code fireAllRules}, or null when it is not a rule's. */
    static RuleFailure from(RuntimeException e, Map<String, String> ruleIds) {
        if (!(e instanceof ConsequenceException ce) || ce.getMatch() == null) {
            return null;
        }
        String rule = ce.getMatch().getRule().getName();
        String id = ruleIds.get(rule);
        if (id == null) {
            return null;
        }
        Throwable cause = ce.getCause() != null ? ce.getCause() : ce;
        String message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new RuleFailure(rule, id, List.copyOf(ce.getMatch().getObjects()), message);
    }

    /** A short name of the matched subject, for the log. */
    String subject() {
        return facts.isEmpty() ? "?" : facts.get(0).getClass().getSimpleName();
    }
}
