package io.github.anjian.bench;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.internal.Decisions;
import io.github.anjian.facts.Device;
import io.github.anjian.facts.DeviceKind;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Medium;
import io.github.anjian.facts.RiskLevel;
import io.github.anjian.facts.ScanKind;
import io.github.anjian.facts.Value;
import io.github.anjian.facts.Vulnerability;
import io.github.anjian.rating.Counts;
import io.github.anjian.rules.support.PrtChecks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A hand-written plain-Java evaluator of ten requirements (eight per device, PRT-06 per system and
 * server, SEC-02 joining media to the devices they were used on): the same judging calls as the
 * DRL consequences, in loops, without Drools, decisions or a report. It gives per-requirement
 * subject counts, which must equal the engine's for the same facts.
 */
public final class PlainEvaluator {

    /** The requirements it evaluates, also the subset pack of the overhead benchmark. */
    public static final Set<String> IDS = Set.of("PRT-01", "PRT-02", "PRT-05", "PRT-06", "PRT-07", "PRT-08",
            "SEC-01", "SEC-02", "SEC-03", "LOC-01");

    private PlainEvaluator() {
    }

    /** The catalog's default parameter values. */
    public static Map<String, BigDecimal> defaults(Catalog catalog) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (Parameter p : catalog.parameters().values()) {
            m.put(p.name(), p.defaultValue());
        }
        return m;
    }

    /** Subject counts by requirement id. */
    public static Map<String, Counts> evaluate(Facts facts, LocalDate asOf, Map<String, BigDecimal> parameters) {
        Judge judge = new Judge(facts, asOf, parameters, Map.of(), new Decisions());
        int[][] n = new int[10][Status.values().length];
        if (facts.organization().isStated()) {
            tally(n, 5, Part.pass(), judge.isTrue(facts.organization().get(), "network.internetAccessAudit"));
        }
        for (Device d : list(facts.devices())) {
            Part active = judge.active(d);
            Part terminal = Part.all(active, judge.kindIn(d, DeviceKind.TERMINAL));
            Part terminalOrServer = Part.all(active, judge.kindIn(d, DeviceKind.TERMINAL, DeviceKind.SERVER));
            tally(n, 0, terminal, judge.isTrue(d, "managed"));
            tally(n, 1, terminalOrServer, Part.all(judge.isTrue(d, "password.set"),
                    judge.withinDays(d, "password.lastChanged", "passwordMaxAgeDays", "password.changeFrequency")));
            tally(n, 2, terminalOrServer, Part.all(judge.isTrue(d, "antivirus.installed"),
                    judge.withinDays(d, "antivirus.signatureDate", "avSignatureDays",
                            "antivirus.updateFrequency", "antivirus.autoUpdate")));
            tally(n, 3, Part.all(active, judge.kindIn(d, DeviceKind.SERVER)),
                    judge.scanWithinDays(d, ScanKind.VULNERABILITY, "vulnScanDays"));
            tally(n, 4, terminalOrServer, judge.scanWithinDays(d, ScanKind.MALWARE, "malwareScanDays"));
            Part registered = d.weight() > 1
                    ? judge.isTrue(d, "realNameRegistered")
                    : Part.any(judge.isSet(d, "user"), judge.isTrue(d, "realNameRegistered"));
            tally(n, 5, Part.all(terminal, judge.isTrue(d, "internetConnected")), registered);
            tally(n, 6, Part.all(active, judge.classified(d)), judge.isFalse(d, "internetConnected"));
            tally(n, 8, Part.all(active, judge.notClassified(d)), judge.isFalse(d, "processesClassified"));
            tally(n, 9, terminal, Part.all(judge.isTrue(d, "cpu.domestic"), judge.isTrue(d, "os.domestic")));
        }
        int fixDays = judge.param("vulnFixDays");
        for (InfoSystem s : list(facts.systems())) {
            tally(n, 3, judge.ownSystem(s), Part.all(judge.scanWithinDays(s, ScanKind.VULNERABILITY, "vulnScanDays"),
                    judge.every(s.vulnerabilities(), Judge.pathOf(s, "vulnerabilities"), (Vulnerability v) ->
                            PrtChecks.notAll(Reason.text(Judge.pathOf(v, "") + " is a high vulnerability open more than "
                                            + fixDays + " days", Judge.pathOf(v, "") + " 为高危漏洞，超过 " + fixDays + " 天未修复"),
                                    judge.oneOf(v, "severity", RiskLevel.HIGH),
                                    PrtChecks.notHappenedByAsOf(judge, v, "fixed"),
                                    PrtChecks.olderThanDays(judge, v, "found", fixDays)))));
        }
        for (Medium m : list(facts.media())) {
            tally(n, 7, judge.active(m), crossUse(judge, m));
        }
        String[] ids = {"PRT-01", "PRT-02", "PRT-05", "PRT-06", "PRT-07", "PRT-08", "SEC-01", "SEC-02", "SEC-03", "LOC-01"};
        Map<String, Counts> out = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            Counts c = Counts.ZERO;
            for (Status s : Status.values()) {
                for (int k = 0; k < n[i][s.ordinal()]; k++) {
                    c = c.plus(s);
                }
            }
            out.put(ids[i], c);
        }
        return out;
    }

    /** SEC-02: a medium is not used on both classified and non-classified devices (the join). */
    private static Part crossUse(Judge judge, Medium m) {
        String path = Judge.pathOf(m, "usedOn");
        Value<Items<String>> usedOn = m.usedOn();
        if (usedOn.isAbsent()) {
            return Part.unknown(path);
        }
        List<String> classified = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (String id : usedOn.get()) {
            Device d = judge.facts().device(id).orElseThrow();
            if (judge.classified(d).passes()) {
                classified.add(id);
            } else {
                open.add(id);
            }
        }
        boolean classifiedMedium = judge.classified(m).passes();
        if (classifiedMedium && !open.isEmpty()) {
            return Part.fail(Reason.text("classified medium used on non-classified devices " + open,
                    "涉密移动存储介质在非涉密设备 " + open + " 上使用"), path,
                    usedOn.get().items());
        } else if (!classified.isEmpty() && !open.isEmpty()) {
            return Part.fail(Reason.text("used on classified " + classified + " and non-classified " + open,
                    "在涉密设备 " + classified + " 和非涉密设备 " + open + " 上交叉使用"), path,
                    usedOn.get().items());
        } else if (usedOn.get().isOpen()) {
            return Part.unknown(path);
        }
        return Part.pass(path, usedOn.get().items());
    }

    /** As Decisions: a failed scope is NOT_APPLICABLE, an unknown scope UNKNOWN, else the condition. */
    private static void tally(int[][] n, int req, Part scope, Part condition) {
        Status s = switch (scope.status()) {
            case FAIL -> Status.NOT_APPLICABLE;
            case UNKNOWN -> Status.UNKNOWN;
            default -> condition.status();
        };
        n[req][s.ordinal()]++;
    }

    private static <T> List<T> list(Value<Items<T>> v) {
        return v.isStated() ? v.get().items() : List.of();
    }
}
