package io.github.anjian.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;

import java.io.IOException;
import java.io.OutputStream;

/** The report as YAML, the same tree as the JSON. */
public final class YamlRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        out.write(MAPPER.writeValueAsBytes(ReportTree.of(report)));
    }
}
