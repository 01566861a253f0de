package io.github.anjian.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft7;
import com.networknt.schema.keyword.AnnotationKeyword;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Format;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import io.github.anjian.report.Violation;
import io.github.anjian.report.WaiverInfo;
import io.github.anjian.rules.AnjianRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SARIF, JUnit XML and OSCAL renderings of the seed example, the small office and a report with a waived
 * violation are valid under the official schemas, unpacked from Maven Central packages into
 * {@code target/schemas} (provenance: {@code src/test/resources/schemas/README.md}).
 */
class InteropFormatsTest {

    static final Path SCHEMAS = Path.of(System.getProperty("anjian.schemas", "target/schemas"));
    static final ObjectMapper JSON = new ObjectMapper();
    static RulePack pack;
    static Report seed;
    static Report small;

    @BeforeAll
    static void check() {
        pack = AnjianRules.pack();
        Engine engine = Anjian.engine(pack);
        seed = check(engine, "examples/seed-bureau");
        small = check(engine, "src/test/resources/facts/small-office");
    }

    private static Report check(Engine engine, String folder) {
        LoadResult loaded = FactLoader.defaults().load(List.of(Path.of(folder)));
        assertThat(loaded.errors()).isEmpty();
        return engine.check(loaded.facts().orElseThrow(), CheckOptions.defaults().asOf(LocalDate.of(2025, 12, 31)));
    }

    /** The small office with its first violation waived, as the engine would report it. */
    static Report waived() {
        Violation first = small.violations().get(0);
        Violation w = new Violation(first.fingerprint(), first.requirement(), first.severity(), first.area(),
                first.subject(), first.partial(), first.message(), first.evidence(), first.remediation(),
                Optional.of(new WaiverInfo("Replacement <budgeted> for 2026 & approved", "Director Wang",
                        LocalDate.of(2025, 6, 1), null)), first.scoreImpact());
        List<Violation> vs = new ArrayList<>(small.violations());
        vs.set(0, w);
        List<Outcome> os = small.outcomes().stream().map(o -> o.requirement().equals(first.requirement())
                && o.subject().equals(first.subject()) ? o.withStatus(Status.WAIVED) : o).toList();
        return new Report(small.schema(), small.organizationId(), small.organizationName(), small.asOf(),
                small.rulePackName(), small.rulePackVersion(), small.lang(), small.summary(), small.rating(),
                small.requirements(), vs, small.unknowns(), small.warnings(), os, small.baseline());
    }

    static Stream<Arguments> reports() {
        return Stream.of(Arguments.of("seed", seed), Arguments.of("small", small), Arguments.of("waived", waived()));
    }

    static byte[] render(Report r, Format f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.of(f, RenderContext.of(pack.catalog())).orElseThrow().render(r, out);
        return out.toByteArray();
    }

    /**
     * A draft-07 schema. {@code id} is no keyword in draft 07 (it became {@code $id}); the validator
     * refuses the OSCAL schema's {@code "id": {"id": {...}}} (a property named id whose schema repeats
     * it), so {@code id} is read as the annotation draft 07 makes of unknown keywords.
     */
    static Schema jsonSchema(String path) throws IOException {
        JsonNode node = JSON.readTree(SCHEMAS.resolve(path).toFile());
        Dialect draft7 = Dialect.builder(Draft7.getInstance()).keyword(new AnnotationKeyword("id")).build();
        return SchemaRegistry.withDefaultDialect(draft7).getSchema(node);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void sarif_is_valid_sarif_2_1_0(String name, Report report) throws IOException {
        JsonNode sarif = JSON.readTree(render(report, Format.SARIF));
        assertThat(jsonSchema("schema/sarif-schema-2.1.0.json").validate(sarif)).isEmpty();
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("results")).hasSize(report.violations().size());
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(pack.catalog().requirements().size());
        for (JsonNode r : run.get("results")) {
            JsonNode region = r.at("/locations/0/physicalLocation/region");
            assertThat(region.get("startLine").asInt()).isPositive();
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith(".yaml")
                    .doesNotStartWith("/");
            assertThat(r.at("/partialFingerprints/anjianFingerprint~1v1").asText()).hasSize(16);
            int index = r.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(r.get("ruleId").asText());
        }
        long suppressed = 0;
        for (JsonNode r : run.get("results")) {
            if (r.has("suppressions")) {
                suppressed++;
                assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("external");
                assertThat(r.at("/suppressions/0/justification").asText()).contains("Replacement <budgeted>");
            }
        }
        assertThat(suppressed).isEqualTo(report.violations().stream().filter(Violation::waived).count());
    }

    @Test
    void sarif_rules_carry_help_and_levels() throws IOException {
        JsonNode rules = JSON.readTree(render(seed, Format.SARIF)).at("/runs/0/tool/driver/rules");
        for (JsonNode rule : rules) {
            assertThat(rule.at("/help/text").asText()).contains("Remediation:");
            assertThat(rule.at("/help/markdown").asText()).contains("**Remediation:**");
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
            assertThat(rule.at("/properties/security-severity").asText()).isIn("8.0", "5.0", "2.0");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void oscal_is_valid_assessment_results_1_1(String name, Report report) throws IOException {
        JsonNode oscal = JSON.readTree(render(report, Format.OSCAL));
        assertThat(jsonSchema("schema/json/oscal-ar_schema.json").validate(oscal)).isEmpty();
        JsonNode result = oscal.at("/assessment-results/results/0");
        assertThat(result.get("findings")).hasSize(report.violations().size());
        assertThat(oscal.at("/assessment-results/metadata/oscal-version").asText()).startsWith("1.1.");
        assertThat(oscal.at("/assessment-results/metadata/last-modified").asText()).startsWith("2025-12-31T");
        long approved = 0;
        for (JsonNode risk : result.get("risks")) {
            approved += risk.get("status").asText().equals("deviation-approved") ? 1 : 0;
        }
        assertThat(approved).isEqualTo(report.violations().stream().filter(Violation::waived).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void junit_testsuites_are_valid_under_the_surefire_schema(String name, Report report) throws Exception {
        byte[] xml = render(report, Format.JUNIT);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Path xsd;
        try (Stream<Path> s = Files.walk(SCHEMAS)) {
            xsd = s.filter(p -> p.getFileName().toString().equals("surefire-test-report.xsd")).findFirst().orElseThrow();
        }
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile())
                .newValidator();
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isPositive();
        int tests = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            validator.validate(new DOMSource(suite));
            tests += Integer.parseInt(suite.getAttribute("tests"));
            assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
        }
        assertThat(tests).isEqualTo(report.outcomes().size()).isEqualTo(Integer.parseInt(root.getAttribute("tests")));
        assertThat(root.getElementsByTagName("failure").getLength())
                .isEqualTo(report.violations().stream().filter(v -> !v.waived()).count());
        assertThat(new String(xml, StandardCharsets.UTF_8).contains("<system-out>WAIVED"))
                .isEqualTo(report.violations().stream().anyMatch(Violation::waived));
    }

    @Test
    void the_same_report_renders_byte_identically() throws IOException {
        for (Format f : List.of(Format.SARIF, Format.JUNIT, Format.OSCAL)) {
            assertThat(render(seed, f)).as(f.id()).isEqualTo(render(seed, f));
        }
    }
}
