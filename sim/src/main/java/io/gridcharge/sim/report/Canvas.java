package io.gridcharge.sim.report;

/** What {@link ChartPainter} draws on: a PNG's Graphics2D or an SVG document. Coordinates in pixels, y down. */
interface Canvas {
    enum Anchor { START, MIDDLE, END }

    void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, String color, double width, boolean dashed);

    void text(double x, double y, String text, Anchor anchor, int size, boolean bold, boolean vertical);

    void rect(double x, double y, double width, double height, String stroke, String fill);
}
