package io.github.anjian.report.internal;

import io.github.anjian.rating.Grade;
import io.github.anjian.rating.GroupScore;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** The inline SVG pictures of the HTML report: the score gauge and the bar chart of scores by area. */
final class Svg {

    private Svg() {
    }

    static String color(Grade g) {
        return switch (g) {
            case POOR -> "#c0392b";
            case FAIR -> "#b9770e";
            case GOOD -> "#2874a6";
            case EXCELLENT -> "#1e8449";
        };
    }

    /** A half-circle gauge of the score with the grade in its middle. */
    static String gauge(BigDecimal score, Grade grade, String gradeWord, String label) {
        double f = score == null ? 0 : Math.max(0, Math.min(100, score.doubleValue())) / 100.0;
        double angle = Math.PI * (1 - f);
        String x = n(100 + 80 * Math.cos(angle));
        String y = n(100 - 80 * Math.sin(angle));
        StringBuilder b = new StringBuilder();
        b.append("<svg viewBox=\"0 0 200 125\" width=\"240\" height=\"150\" role=\"img\" aria-label=\"")
                .append(Html.esc(label)).append("\">");
        b.append("<path d=\"M20 100 A80 80 0 0 1 180 100\" fill=\"none\" stroke=\"#e4e9f0\" stroke-width=\"18\"/>");
        if (f > 0) {
            b.append("<path d=\"M20 100 A80 80 0 0 1 ").append(x).append(' ').append(y)
                    .append("\" fill=\"none\" stroke=\"").append(color(grade)).append("\" stroke-width=\"18\"/>");
        }
        b.append("<text x=\"100\" y=\"86\" text-anchor=\"middle\" font-size=\"30\" font-weight=\"700\">")
                .append(score == null ? "–" : score.toPlainString()).append("</text>");
        b.append("<text x=\"100\" y=\"116\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"700\" fill=\"")
                .append(color(grade)).append("\">").append(Html.esc(gradeWord)).append("</text>");
        b.append("<text x=\"20\" y=\"122\" text-anchor=\"middle\" font-size=\"9\" fill=\"#616e7c\">0</text>");
        b.append("<text x=\"180\" y=\"122\" text-anchor=\"middle\" font-size=\"9\" fill=\"#616e7c\">100</text>");
        return b.append("</svg>").toString();
    }

    /** Horizontal bars, one per area, 0–100; an area without a score shows "n/a". */
    static String bars(Map<String, GroupScore> byArea, java.util.function.Function<String, String> name) {
        int row = 22;
        int labelWidth = 300;
        int barWidth = 640;
        int height = byArea.size() * row + 26;
        StringBuilder b = new StringBuilder();
        b.append("<svg viewBox=\"0 0 ").append(labelWidth + barWidth + 60).append(' ').append(height)
                .append("\" width=\"").append(labelWidth + barWidth + 60).append("\" style=\"max-width:100%;height:auto\" role=\"img\">");
        int y = 4;
        for (Map.Entry<String, GroupScore> e : byArea.entrySet()) {
            BigDecimal s = e.getValue().score();
            b.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(Html.esc(e.getKey() + " " + name.apply(e.getKey())))
                    .append("</text>");
            b.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(barWidth)
                    .append("\" height=\"15\" fill=\"#eef2f7\"/>");
            if (s != null && s.signum() > 0) {
                b.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(n(barWidth * s.doubleValue() / 100)).append("\" height=\"15\" fill=\"")
                        .append(barColor(s)).append("\"/>");
            }
            b.append("<text x=\"").append(labelWidth + barWidth + 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\">").append(s == null ? "n/a" : s.toPlainString()).append("</text>");
            y += row;
        }
        for (int t = 0; t <= 100; t += 25) {
            int x = labelWidth + barWidth * t / 100;
            b.append("<line x1=\"").append(x).append("\" y1=\"2\" x2=\"").append(x).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#9aa5b1\" stroke-width=\"0.5\" stroke-dasharray=\"2 2\"/>");
            b.append("<text x=\"").append(x).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#616e7c\">").append(t).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    private static String barColor(BigDecimal s) {
        double v = s.doubleValue();
        return v >= 80 ? "#1e8449" : v >= 70 ? "#b9770e" : "#c0392b";
    }

    private static String n(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
