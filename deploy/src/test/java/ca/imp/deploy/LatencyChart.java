package ca.imp.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's latency distributions as an SVG: for each series, the share of samples (up) done within a latency
 * (across, logarithmic from 0.1 ms to 10 s), so a baseline and the product's figures read side by side.
 */
final class LatencyChart {
    private static final String[] COLOURS = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;
    private static final int LEFT = 60;
    private static final int BOTTOM = 40;
    private static final double LOWEST_MS = 0.1;
    private static final double DECADES = 5;

    record Series(String name, List<Long> nanos) {
    }

    private LatencyChart() {
    }

    static void write(Path file, List<Series> series) throws IOException {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                .formatted(WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (int decade = 0; decade <= DECADES; decade++) {
            double x = x(LOWEST_MS * Math.pow(10, decade));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, x, HEIGHT - BOTTOM));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s ms</text>%n", x, HEIGHT - BOTTOM + 16,
                    new java.math.BigDecimal(LOWEST_MS * Math.pow(10, decade)).round(new java.math.MathContext(1)).toPlainString()));
        }
        for (int share = 0; share <= 100; share += 25) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>%n", LEFT - 6, y(share / 100.0) + 4,
                    share));
        }
        svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">latency (share of samples done within it)</text>%n"
                .formatted((WIDTH + LEFT) / 2, HEIGHT - 6));
        for (int i = 0; i < series.size(); i++) {
            List<Long> sorted = new ArrayList<>(series.get(i).nanos());
            Collections.sort(sorted);
            StringBuilder points = new StringBuilder();
            for (int n = 0; n < sorted.size(); n++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(sorted.get(n) / 1e6), y((n + 1.0) / sorted.size())));
            }
            String colour = COLOURS[i % COLOURS.length];
            svg.append("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n".formatted(colour, points.toString().trim()));
            svg.append("<text x=\"%d\" y=\"%d\" fill=\"%s\">%s (%d samples)</text>%n".formatted(LEFT + 10, 24 + 16 * i, colour,
                    series.get(i).name().replace(">", "&gt;"), sorted.size()));
        }
        svg.append("</svg>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, svg);
    }

    private static double x(double millis) {
        double decades = Math.log10(Math.max(millis, LOWEST_MS) / LOWEST_MS);
        return LEFT + Math.min(decades, DECADES) / DECADES * (WIDTH - LEFT - 20);
    }

    private static double y(double share) {
        return 10 + (1 - share) * (HEIGHT - BOTTOM - 10);
    }
}
