package io.gridcharge.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/** A PNG image drawn with Java2D; headless, no display needed. */
final class PngCanvas implements Canvas {
    private final BufferedImage image;
    private final Graphics2D g;

    PngCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
        stroke(color, width, dashed);
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String color, double width, boolean dashed) {
        if (xs.length == 0) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        stroke(color, width, dashed);
        g.draw(path);
    }

    @Override
    public void text(double x, double y, String text, Anchor anchor, int size, boolean bold, boolean vertical) {
        g.setColor(Color.decode("#222222"));
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
        int width = g.getFontMetrics().stringWidth(text);
        double shift = switch (anchor) {
            case START -> 0;
            case MIDDLE -> width / 2.0;
            case END -> width;
        };
        AffineTransform before = g.getTransform();
        g.translate(x, y);
        if (vertical) {
            g.rotate(-Math.PI / 2);
        }
        g.drawString(text, (float) -shift, 0f);
        g.setTransform(before);
    }

    @Override
    public void rect(double x, double y, double width, double height, String stroke, String fill) {
        var shape = new java.awt.geom.Rectangle2D.Double(x, y, width, height);
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            stroke(stroke, 1, false);
            g.draw(shape);
        }
    }

    BufferedImage image() {
        g.dispose();
        return image;
    }

    private void stroke(String color, double width, boolean dashed) {
        g.setColor(Color.decode(color));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {8f, 5f}, 0f) : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
}
