package io.github.anjian.engine;

import io.github.anjian.catalog.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void reasons_render_in_the_report_language() {
        Reason r = Reason.of("older-than-days", "devices[d1].antivirus.signatureDate", "2025-12-01", 7, "2025-12-31");
        assertThat(Messages.of(Lang.EN).render(r)).isEqualTo("devices[d1].antivirus.signatureDate is 2025-12-01, more than 7 days before 2025-12-31");
        assertThat(Messages.of(Lang.ZH).render(r)).isEqualTo("devices[d1].antivirus.signatureDate 为 2025-12-01，距 2025-12-31 已超过 7 天");
    }

    @Test
    void a_bilingual_reason_picks_its_language_and_quotes_survive() {
        Reason r = Reason.text("the head's deputy is not a member", "组长不计为成员");
        assertThat(Messages.of(Lang.EN).render(r)).isEqualTo("the head's deputy is not a member");
        assertThat(Messages.of(Lang.ZH).render(r)).isEqualTo("组长不计为成员");
        assertThat(Messages.of(Lang.ZH).render(List.of(r, r))).isEqualTo("组长不计为成员；组长不计为成员");
    }

    @Test
    void every_code_has_a_text_in_both_languages() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = Messages.class.getResourceAsStream("messages_en.properties");
             var b = new java.io.InputStreamReader(Messages.class.getResourceAsStream("messages_zh.properties"),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(a);
            zh.load(b);
        }
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    @Test
    void every_text_renders_as_message_format_renders_it() throws Exception {
        for (Lang lang : Lang.values()) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(Messages.class.getResourceAsStream(
                    "messages_" + lang.name().toLowerCase(java.util.Locale.ROOT) + ".properties"),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (String code : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(code);
                // arguments with quotes and braces, and too few arguments: both as MessageFormat does it
                for (Object[] args : List.of(new Object[] {"a'b", "{1}", "值", "x", "y"}, new Object[] {"only"})) {
                    String expected = new java.text.MessageFormat(pattern.replace("'", "''"), lang.locale()).format(args);
                    assertThat(Messages.of(lang).render(Reason.of(code, args))).as(lang + " " + code).isEqualTo(expected);
                }
            }
        }
    }
}
