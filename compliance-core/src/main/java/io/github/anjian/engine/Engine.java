package io.github.anjian.engine;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.internal.Evaluation;
import io.github.anjian.engine.internal.RuleBase;
import io.github.anjian.facts.Facts;
import io.github.anjian.report.Report;

import java.util.Map;

/**
 * A compiled rule pack. Immutable and thread-safe: the Drools KieBase is built once and shared;
 * every {@link #check} runs in its own session.
 */
public final class Engine {

    private final RulePack pack;
    private final RuleBase rules;

    Engine(RulePack pack) {
        this.pack = pack;
        this.rules = RuleBase.compile(pack);
    }

    /** The rule pack. */
    public RulePack pack() {
        return pack;
    }

    /** Rule name to requirement id, for every rule of the pack. */
    public Map<String, String> ruleIds() {
        return rules.ruleIds();
    }

    /**
     * Checks one fact set.
     *
     * @throws CheckException when the options or the facts' parameters are invalid
     */
    public Report check(Facts facts, CheckOptions options) {
        return new Evaluation(pack, rules, facts, options).run();
    }

    /**
     * Checks one fact set and tells which rules fired how often (rule coverage for tests).
     */
    public Report check(Facts facts, CheckOptions options, Map<String, Integer> firedRules) {
        Evaluation e = new Evaluation(pack, rules, facts, options).countFiredRules();
        Report r = e.run();
        firedRules.putAll(e.firedRules());
        return r;
    }
}
