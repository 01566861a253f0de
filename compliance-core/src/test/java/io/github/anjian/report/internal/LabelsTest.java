package io.github.anjian.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.catalog.Lang;
import io.github.anjian.engine.Status;
import io.github.anjian.rating.Conclusion;
import io.github.anjian.rating.Grade;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void english_and_chinese_labels_have_the_same_keys() throws Exception {
        assertThat(keys("labels_zh.properties").stringPropertyNames())
                .containsAll(keys("labels_en.properties").stringPropertyNames());
    }

    @Test
    void every_grade_conclusion_and_status_has_a_chinese_word() {
        Labels zh = Labels.of(Lang.ZH);
        assertThat(zh.word("grade", Grade.EXCELLENT)).isEqualTo("优");
        assertThat(zh.word("conclusion", Conclusion.BASICALLY_COMPLIANT)).isEqualTo("基本符合");
        for (Status s : Status.values()) {
            assertThat(zh.word("status", s)).doesNotStartWith("status.");
        }
        assertThat(zh.word("status", Status.NOT_APPLICABLE)).isEqualTo("不适用");
    }

    @Test
    void html_escaping_leaves_no_markup_from_fact_values() {
        assertThat(Html.esc("<script>alert('x')</script> & \"q\"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(MarkdownRenderer.esc("a|b <i>*c*</i>\nd")).isEqualTo("a\\|b &lt;i&gt;\\*c\\*&lt;/i&gt; d");
    }

    private static Properties keys(String name) throws Exception {
        Properties p = new Properties();
        try (var in = LabelsTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
