package io.explainers.site;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;

import io.explainers.content.Slugs;
import io.explainers.web.Language;

/**
 * The picture a link to a page shows when it is shared: a 1200×630 PNG card with the page's title and the site's
 * name, drawn with Java2D (headless; in a native executable through quarkus-awt, which needs fontconfig, FreeType and
 * one font on the machine). Cards are cached with the pages, so each is drawn once per change of its topic.
 */
@ApplicationScoped
public class ShareCards {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    public static final String PNG = "image/png";

    static final Color ACCENT = Color.decode(Brand.THEME_COLOUR);
    static final Color ACCENT_SOFT = new Color(0xe3f1f0);
    static final Color TEXT_ON_ACCENT = Color.WHITE;

    private static final int MARGIN = 80;
    private static final int BAND = 96;
    private static final int MAX_LINES = 4;

    /** Where the card of a topic is served, next to the topic's page. */
    public static String path(String slug) {
        return path(Language.ENGLISH, slug);
    }

    /** The share card of the edition in {@code language} at {@code slug}. */
    public static String path(Language language, String slug) {
        return Slugs.topicPath(language, slug) + SUFFIX;
    }

    static final String SUFFIX = "/card.png";

    /**
     * How many cards may be drawn at once. Each takes a 3 MB image on the heap, the PNG encoder's buffers and the font
     * machinery's native memory, and a burst of requests for cards not yet drawn (a crawler, a link shared widely)
     * would otherwise draw one per worker thread and push the process over its memory limit. Drawing is CPU-bound, so
     * more at once would not be faster on the one core a replica has.
     */
    static final int DRAWN_AT_ONCE = 2;

    private final Semaphore drawing = new Semaphore(DRAWN_AT_ONCE);

    /** A card for a page: its title, big, and the site's name with its mark above it. */
    public byte[] render(String title, String siteName, String tagline) {
        drawing.acquireUninterruptibly();
        try {
            return draw(title, siteName, tagline);
        } finally {
            drawing.release();
        }
    }

    private byte[] draw(String title, String siteName, String tagline) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, HEIGHT);

            // The site's mark (the favicon's "E") and name.
            int mark = 64;
            drawMark(g, MARGIN, MARGIN - 8, mark);
            g.setColor(TEXT_ON_ACCENT);
            Font nameFont = new Font(Font.SANS_SERIF, Font.BOLD, 40);
            g.setFont(nameFont);
            FontMetrics nameMetrics = g.getFontMetrics();
            int nameBaseline = MARGIN - 8 + (mark + nameMetrics.getAscent() - nameMetrics.getDescent()) / 2;
            g.drawString(siteName, MARGIN + mark + 24, nameBaseline);

            // The title: as large as fits the space between the name and the band, on up to four lines.
            int top = MARGIN + mark + 40;
            int bottom = HEIGHT - BAND - 48;
            int width = WIDTH - 2 * MARGIN;
            Font titleFont = null;
            List<String> lines = List.of();
            for (int size = 76; size >= 40; size -= 4) {
                Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
                FontMetrics metrics = g.getFontMetrics(font);
                List<String> wrapped = wrap(title, metrics, width);
                int height = wrapped.size() * lineHeight(metrics);
                if (wrapped.size() <= MAX_LINES && height <= bottom - top) {
                    titleFont = font;
                    lines = wrapped;
                    break;
                }
            }
            if (titleFont == null) {
                titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 40);
                lines = ellipsize(wrap(title, g.getFontMetrics(titleFont), width), MAX_LINES);
            }
            g.setFont(titleFont);
            FontMetrics titleMetrics = g.getFontMetrics();
            int lineHeight = lineHeight(titleMetrics);
            int y = top + (bottom - top - lines.size() * lineHeight) / 2 + titleMetrics.getAscent();
            for (String line : lines) {
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }

            // A calm band along the bottom with what the site is.
            g.setColor(ACCENT_SOFT);
            g.fillRect(0, HEIGHT - BAND, WIDTH, BAND);
            g.setColor(ACCENT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
            FontMetrics bandMetrics = g.getFontMetrics();
            g.drawString(tagline, MARGIN, HEIGHT - BAND + (BAND + bandMetrics.getAscent() - bandMetrics.getDescent()) / 2);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static int lineHeight(FontMetrics metrics) {
        return Math.round(metrics.getHeight() * 1.1f);
    }

    /** The site's mark: a white rounded square with the accent "E" of the favicon, scaled to {@code size}. */
    private static void drawMark(Graphics2D g, int x, int y, int size) {
        g.setColor(TEXT_ON_ACCENT);
        g.fill(new RoundRectangle2D.Double(x, y, size, size, size * 0.36, size * 0.36));
        double s = size / 100.0;
        Path2D e = new Path2D.Double();
        double[][] points = { { 30, 22 }, { 72, 22 }, { 72, 33 }, { 42, 33 }, { 42, 44.5 }, { 70, 44.5 }, { 70, 55.5 },
                { 42, 55.5 },
                { 42, 67 }, { 72, 67 }, { 72, 78 }, { 30, 78 } };
        e.moveTo(x + points[0][0] * s, y + points[0][1] * s);
        for (int i = 1; i < points.length; i++) {
            e.lineTo(x + points[i][0] * s, y + points[i][1] * s);
        }
        e.closePath();
        g.setColor(ACCENT);
        g.fill(e);
    }

    /** Greedy word wrap; a word wider than the line is broken where it must be. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (metrics.stringWidth(word) > width) {
                int fit = word.length() - 1;
                while (fit > 1 && metrics.stringWidth(word.substring(0, fit)) > width) {
                    fit--;
                }
                lines.add(word.substring(0, fit));
                word = word.substring(fit);
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> ellipsize(List<String> lines, int max) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        String last = kept.get(max - 1);
        kept.set(max - 1, (last.length() > 2 ? last.substring(0, last.length() - 2) : last) + "…");
        return kept;
    }
}
