package io.github.anjian.engine.internal;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.RulePackException;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A rule pack's DRL compiled into one shared KieBase, with each rule's requirement id. */
public final class RuleBase {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleBase.class);

    private final KieBase kieBase;
    private final Map<String, String> ruleIds;
    /** The same as a hash map: every decision of a check looks its rule up (a sorted map compares names). */
    private final Map<String, String> ruleIdLookup;
    private final boolean oneFactPerRule;

    private RuleBase(KieBase kieBase, Map<String, String> ruleIds) {
        this.kieBase = kieBase;
        this.ruleIds = ruleIds;
        this.ruleIdLookup = Map.copyOf(ruleIds);
        this.oneFactPerRule = oneFactPerRule(kieBase);
    }

    /**
     * True when every rule matches one fact of the checked lists (its only pattern; waiver rules may
     * join a waiver and its use): facts can then be checked in independent slices, each in its own
     * session, with the same decisions as all in one.
     */
    public boolean oneFactPerRule() {
        return oneFactPerRule;
    }

    private static boolean oneFactPerRule(KieBase kieBase) {
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (!(r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl)) {
                    return false;
                }
                List<Class<?>> types = new ArrayList<>();
                if (!patternTypes(impl.getLhs(), types)) {
                    return false;
                }
                boolean waiverRule = true;
                for (Class<?> t : types) {
                    waiverRule &= t == io.github.anjian.facts.Waiver.class || t == io.github.anjian.engine.WaiverUse.class;
                }
                if (types.size() > 1 && !waiverRule) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Collects the classes of an AND of plain patterns; false for anything else (not, exists, from...). */
    private static boolean patternTypes(org.drools.base.rule.RuleConditionElement e, List<Class<?>> types) {
        if (e instanceof org.drools.base.rule.GroupElement g) {
            if (!g.isAnd()) {
                return false;
            }
            for (org.drools.base.rule.RuleConditionElement c : g.getChildren()) {
                if (!patternTypes(c, types)) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof org.drools.base.rule.Pattern pattern
                && pattern.getObjectType() instanceof org.drools.base.base.ClassObjectType type
                && pattern.getSource() == null) {
            types.add(type.getClassType());
            return true;
        }
        return false;
    }

    /** The KieBase (thread-safe; sessions are made from it). */
    public KieBase kieBase() {
        return kieBase;
    }

    /** Rule name to requirement id. */
    public Map<String, String> ruleIds() {
        return ruleIds;
    }

    /** Rule name to requirement id for look-ups by name (unordered, the same entries as {@link #ruleIds}). */
    public Map<String, String> ruleIdLookup() {
        return ruleIdLookup;
    }

    /**
     * Builds the KieBase: from the prebuilt executable model when the pack has one (fast, no
     * compiler), else by compiling the DRL. Every rule must carry an {@code @id} of the catalog.
     */
    public static RuleBase compile(RulePack pack) {
        long t0 = System.nanoTime();
        KieBase kieBase = pack.prebuilt() != null ? fromModel(pack.prebuilt()) : fromDrl(pack);
        RuleBase base = new RuleBase(kieBase, ids(kieBase, pack));
        if (LOG.isDebugEnabled()) {
            LOG.debug("KieBase of {} rules from {} in {} ms", base.ruleIds.size(),
                    pack.prebuilt() != null ? "the prebuilt model" : "DRL", (System.nanoTime() - t0) / 1_000_000);
        }
        return base;
    }

    private static KieBase fromModel(RulePack.Prebuilt prebuilt) {
        List<Model> models = new ArrayList<>();
        for (String name : prebuilt.classes()) {
            try {
                models.add((Model) Class.forName(name, true, prebuilt.loader()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new RulePackException("prebuilt rule model " + name + " cannot be loaded: " + e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static KieBase fromDrl(RulePack pack) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RulePack.RuleSource src : pack.rules()) {
            kb.add(ResourceFactory.newByteArrayResource(src.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(src.path()), ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            List<String> errors = new ArrayList<>();
            for (KnowledgeBuilderError e : kb.getErrors()) {
                String where = e.getResource() == null ? "?" : e.getResource().getSourcePath();
                errors.add(where + ":" + (e.getLines().length > 0 ? e.getLines()[0] : -1) + ": " + e.getMessage());
            }
            throw new RulePackException("rules do not compile:\n" + String.join("\n", errors));
        }
        return kb.newKieBase();
    }

    /** The rule names the pack's DRL declares. */
    private static java.util.Set<String> declared(RulePack pack) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.regex.Pattern rule = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
        for (RulePack.RuleSource src : pack.rules()) {
            java.util.regex.Matcher m = rule.matcher(src.text());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static Map<String, String> ids(KieBase kieBase, RulePack pack) {
        Map<String, String> ids = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<Rule> outside = new ArrayList<>();
        java.util.Set<String> declared = null;
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object id = r.getMetaData().get("id");
                if (id == null) {
                    problems.add("rule '" + r.getName() + "' has no @id");
                    continue;
                }
                String s = id.toString().replace("\"", "");
                if (pack.catalog().requirement(s).isEmpty()) {
                    if (pack.prebuilt() != null && declared == null) {
                        declared = declared(pack);
                    }
                    if (pack.prebuilt() != null && !declared.contains(r.getName())) {
                        // a restricted pack (RulePack.only) over the whole prebuilt model: leave the rule out
                        outside.add(r);
                        continue;
                    }
                    problems.add("rule '" + r.getName() + "' names " + s + ", which is not in the catalog");
                }
                // the catalog's own id instance: decisions compare ids by identity first
                ids.put(r.getName(), pack.catalog().requirement(s).map(io.github.anjian.catalog.Requirement::id).orElse(s));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(String.join("\n", problems));
        }
        for (Rule r : outside) {
            kieBase.removeRule(r.getPackageName(), r.getName());
        }
        return Collections.unmodifiableMap(ids);
    }
}
