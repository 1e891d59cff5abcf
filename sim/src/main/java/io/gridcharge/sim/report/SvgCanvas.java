package io.gridcharge.sim.report;

import java.util.Locale;

/** An SVG 1.1 document, written as text. */
final class SvgCanvas implements Canvas {
    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\">%n", width, height, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"%s/>%n", x1, y1, x2, y2, color, width, dash(dashed)));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String color, double width, boolean dashed) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"")
                .append(String.format(Locale.ROOT, "%.1f", width)).append('"').append(dash(dashed))
                .append(" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
        }
        svg.append("\"/>\n");
    }

    @Override
    public void text(double x, double y, String text, Anchor anchor, int size, boolean bold, boolean vertical) {
        String transform = vertical ? String.format(Locale.ROOT, " transform=\"rotate(-90 %.1f %.1f)\"", x, y) : "";
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\"%s text-anchor=\"%s\"%s>",
                        x, y, size, bold ? " font-weight=\"bold\"" : "", anchor.name().toLowerCase(Locale.ROOT), transform))
                .append(escape(text)).append("</text>\n");
    }

    @Override
    public void rect(double x, double y, double width, double height, String stroke, String fill) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"%s\" stroke=\"%s\"/>%n", x, y, width, height, fill == null ? "none" : fill,
                stroke == null ? "none" : stroke));
    }

    String document() {
        return svg + "</svg>\n";
    }

    private static String dash(boolean dashed) {
        return dashed ? " stroke-dasharray=\"8 5\"" : "";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
