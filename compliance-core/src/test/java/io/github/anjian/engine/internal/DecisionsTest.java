package io.github.anjian.engine.internal;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.facts.Device;
import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionsTest {

    private static List<Device> devices() {
        Facts f = FactLoader.defaults().loadText("t.yaml", "schema: anjian/v1\norganization: { id: o1, name: T }\n"
                + "devices:\n  - { id: a, kind: terminal }\n  - { id: b, kind: terminal }\n").facts().orElseThrow();
        return f.devices().get().items();
    }

    @Test
    void a_finished_slice_keeps_its_outcomes_and_refuses_later_decisions() {
        List<Device> d = devices();
        Decisions decisions = new Decisions();
        decisions.register(new ArrayList<>(d));
        decisions.record("PRT-01", d.get(0), Part.pass(), Part.fail(Reason.of("not-true", "devices[a].managed", false),
                "devices[a].managed", false));
        decisions.record("PRT-01", d.get(0), Part.pass(), Part.pass("devices[a].antivirus", "stated"));
        decisions.finishSlice();
        decisions.record("PRT-01", d.get(1), Part.pass(), Part.pass());

        assertThatThrownBy(() -> decisions.record("PRT-01", d.get(0), Part.pass(), Part.pass()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PRT-01 on device a");
        assertThatThrownBy(() -> decisions.error("PRT-01", d.get(0), "boom")).isInstanceOf(IllegalStateException.class);

        Outcome a = decisions.take("PRT-01", d.get(0));
        assertThat(a.status()).isEqualTo(Status.FAIL);
        assertThat(a.evidence()).containsKeys("devices[a].managed", "devices[a].antivirus");
        assertThat(decisions.take("PRT-01", d.get(0))).isSameAs(Decisions.TAKEN);
        assertThat(decisions.take("PRT-01", d.get(1)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void a_subject_of_two_registered_facts_stays_open_for_later_slices() {
        List<Device> d = devices();
        Decisions decisions = new Decisions();
        // the same fact twice stands for one subject decided from two places: it is not finished early
        decisions.register(List.of(d.get(0), d.get(0)));
        decisions.record("PRT-01", d.get(0), Part.pass(), Part.pass());
        decisions.finishSlice();
        decisions.record("PRT-01", d.get(0), Part.pass(), Part.unknown("devices[a].managed"));
        assertThat(decisions.take("PRT-01", d.get(0)).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void a_registered_run_is_taken_by_index_and_a_list_that_differs_by_its_facts() {
        List<Device> d = devices();
        Decisions decisions = new Decisions();
        List<Object> all = new ArrayList<>(d);
        // the run says the devices start at index 0; a second list of the same facts in another order is no run
        decisions.register(all, java.util.Map.of(d, 0));
        decisions.record("PRT-01", d.get(0), Part.pass(), Part.fail(Reason.of("not-true", "devices[a].managed", false),
                "devices[a].managed", false));
        decisions.record("PRT-01", d.get(1), Part.pass(), Part.pass());
        decisions.record("PRT-02", d.get(0), Part.pass(), Part.unknown("devices[a].usb"));
        decisions.record("PRT-02", d.get(1), Part.pass(), Part.pass());
        decisions.finishSlice();

        List<List<Outcome>> into = List.of(new ArrayList<>());
        decisions.takeInto(d, new String[] {"PRT-01"}, into);
        assertThat(into.get(0)).extracting(o -> o.subject().key() + " " + o.status()).containsExactly("a FAIL", "b PASS");

        List<List<Outcome>> reversed = List.of(new ArrayList<>());
        decisions.takeInto(List.of(d.get(1), d.get(0)), new String[] {"PRT-02"}, reversed);
        assertThat(reversed.get(0)).extracting(o -> o.subject().key() + " " + o.status())
                .containsExactly("a UNKNOWN", "b PASS");
        // a fact of the run is found by its key outside the run too
        assertThat(decisions.take("PRT-01", d.get(0))).isSameAs(Decisions.TAKEN);
        assertThat(decisions.untaken()).isEmpty();
    }

    @Test
    void spooled_outcomes_are_taken_by_run_by_other_lists_and_after_a_decision_outside_their_slice(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        List<Device> d = devices();
        Decisions heap = new Decisions();
        Decisions spooled = new Decisions();
        io.github.anjian.report.internal.OutcomeSpool spool = io.github.anjian.report.internal.OutcomeSpool.create(dir);
        {
            for (Decisions decisions : List.of(heap, spooled)) {
                List<Object> all = new ArrayList<>(d);
                decisions.register(all, java.util.Map.of(d, 0));
                if (decisions == spooled) {
                    decisions.spoolTo(spool, java.util.Set.of("PRT-02"));
                }
                decisions.beginSlice(all, 0, 1);
                decisions.record("PRT-01", d.get(0), Part.pass(), Part.fail(Reason.of("not-true", "devices[a].managed",
                        false), "devices[a].managed", false));
                decisions.record("PRT-02", d.get(0), Part.pass(), Part.unknown("devices[a].usb"));
                decisions.finishSlice();
                decisions.beginSlice(all, 1, 2);
                decisions.record("PRT-01", d.get(1), Part.pass(), Part.pass());
                decisions.record("PRT-02", d.get(1), Part.pass(), Part.pass());
                // a rule of this slice decides a requirement on the first slice's device (a custom pack may)
                decisions.record("PRT-03", d.get(0), Part.pass(), Part.pass("devices[a].kind", "terminal"));
                decisions.finishSlice();
            }
        }
        for (Decisions decisions : List.of(heap, spooled)) {
            List<String> watched = new ArrayList<>();
            decisions.forEachOutcome(java.util.Set.of("PRT-02"), o -> watched.add(o.subject().key() + " " + o.status()));
            assertThat(watched).containsExactly("a UNKNOWN", "b PASS");
        }
        try (io.github.anjian.report.internal.OutcomeSpool report = io.github.anjian.report.internal.OutcomeSpool.create(dir)) {
            List<String> seen = new ArrayList<>();
            for (Decisions decisions : List.of(heap, spooled)) {
                List<List<Outcome>> into = List.of(io.github.anjian.report.internal.SpooledOutcomes.builder(report),
                        new ArrayList<>(), new ArrayList<>());
                decisions.takeInto(d, new String[] {"PRT-01", "PRT-02", "PRT-03"}, into);
                List<Outcome> reversed = new ArrayList<>();
                decisions.takeInto(List.of(d.get(1), d.get(0)), new String[] {"PRT-04"}, List.of(reversed));
                String text = into.stream().flatMap(List::stream).map(o -> o.requirement() + " " + o.subject().key() + " "
                        + o.status() + " " + o.evidence()).toList() + " " + reversed.stream().map(Outcome::status).toList()
                        + " untaken " + decisions.untaken();
                seen.add(text);
            }
            assertThat(seen.get(1)).isEqualTo(seen.get(0));
            assertThat(seen.get(0)).contains("PRT-03 a PASS {devices[a].kind=terminal}").contains("untaken []")
                    .contains("[ERROR, ERROR]");
        }
        spool.close();
    }
}
