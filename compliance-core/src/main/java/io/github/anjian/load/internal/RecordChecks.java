package io.github.anjian.load.internal;

import io.github.anjian.facts.Account;
import io.github.anjian.facts.Backup;
import io.github.anjian.facts.Device;
import io.github.anjian.facts.Finding;
import io.github.anjian.facts.FindingStatus;
import io.github.anjian.facts.Frequency;
import io.github.anjian.facts.SourceLocation;
import io.github.anjian.facts.Waiver;

import java.time.LocalDate;

/**
 * Checks on one bound record that the types alone cannot express: the contradictions of SPEC §8.6,
 * and collecting requirement ids and waiver subjects for the checks over the whole file set.
 */
final class RecordChecks {

    private final LoadContext ctx;

    RecordChecks(LoadContext ctx) {
        this.ctx = ctx;
    }

    void check(Object record, Node.Mapping m, Binder.Present keys) {
        if (record instanceof Backup b) {
            if (b.realtime().isEqualTo(false) && b.frequency().isEqualTo(Frequency.REALTIME)) {
                contradiction("'frequency: realtime' contradicts 'realtime: false'", keys, "frequency", "realtime");
            }
        } else if (record instanceof Finding f) {
            if (f.status().isEqualTo(FindingStatus.OPEN) && f.closed().isStated()) {
                contradiction("'closed' is set but 'status' is open", keys, "closed", "status");
            }
            place(keys, "requirement", ctx.requirementIds);
        } else if (record instanceof Account a) {
            if (a.enabled().isEqualTo(true) && a.disabledOn().isStated()) {
                LocalDate disabled = a.disabledOn().get();
                SourceLocation at = keys.get("disabledOn").key().location();
                SourceLocation other = keys.get("enabled").key().location();
                ctx.asOfChecks.add((asOf, c) -> {
                    if (!disabled.isAfter(asOf)) {
                        c.error("contradiction", "'enabled: true' contradicts 'disabledOn: " + disabled
                                + "' on or before asOf " + asOf + " (enabled at " + other + ")", at,
                                "set enabled: false or correct disabledOn");
                    }
                });
            }
        } else if (record instanceof Device d) {
            if (d.realNameRegistered().isEqualTo(false) && d.user().isStated() && d.weight() > 1) {
                contradiction("a group with 'user' cannot have 'realNameRegistered: false'", keys,
                        "realNameRegistered", "user");
            }
        } else if (record instanceof Waiver) {
            place(keys, "requirement", ctx.requirementIds);
            Node.Entry subjects = keys.get("subjects");
            if (subjects != null) {
                Node v = subjects.value();
                if (v instanceof Node.Mapping open) {
                    v = open.entries().stream().filter(e -> e.key().text().equals("items"))
                            .map(Node.Entry::value).findFirst().orElse(v);
                }
                if (v instanceof Node.Sequence seq) {
                    for (Node n : seq.items()) {
                        if (n instanceof Node.Scalar s) {
                            ctx.waiverSubjects.add(new LoadContext.Placed(s));
                        }
                    }
                }
            }
        }
    }

    private void place(Binder.Present keys, String key, java.util.List<LoadContext.Placed> into) {
        Node.Entry e = keys.get(key);
        if (e != null && e.value() instanceof Node.Scalar s && !s.isNone()) {
            into.add(new LoadContext.Placed(s));
        }
    }

    private void contradiction(String message, Binder.Present keys, String at, String other) {
        ctx.error("contradiction", message + " (" + other + " at " + keys.get(other).key().location() + ")",
                keys.get(at).key().location(), "correct one of '" + at + "' and '" + other + "'");
    }
}
