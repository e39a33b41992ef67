package ca.imp.offerservice.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays an inspection pack out as a PDF (Apache PDFBox): a title page, then each section under its
 * heading, lines wrapped to the page, a new page when one is full, and "page x of y" at every foot.
 * Helvetica in WinAnsiEncoding shows French accents (é è à ç); a character it cannot show (an emoji,
 * Ł) is shown as "?" rather than failing the whole pack.
 */
@Singleton
public class PackPdf {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BODY_SIZE = 10;
    private static final float HEADING_SIZE = 13;
    private static final float LEADING = 1.35f;
    private static final String UNSHOWABLE = "?";

    public byte[] render(InspectionPack pack) {
        try (PDDocument document = new PDDocument()) {
            Layout layout = new Layout(document);
            layout.pack(pack);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Inspection pack of offer " + pack.offerNumber());
            info.setAuthor(layout.showable(layout.regular, pack.employer()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the inspection pack of offer " + pack.offerNumber() + " could not be laid out", e);
        }
    }

    /** One document being written: the page being filled and where the next line goes. */
    private static final class Layout {
        // a font caches what it measured: one per document, never shared between requests
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<Integer, Boolean> drawable = new HashMap<>();
        private final PDDocument document;
        private PDPageContentStream page;
        private float y;

        Layout(PDDocument document) {
            this.document = document;
        }

        void pack(InspectionPack pack) throws IOException {
            newPage();
            y -= 120;
            write(bold, 24, "Inspection pack");
            y -= 12;
            write(bold, 16, "Offer " + pack.offerNumber());
            write(regular, 12, "Employer: " + pack.employer());
            write(regular, 12, "Business number: " + pack.businessNumber());
            write(regular, 12, "Status: " + pack.status());
            write(regular, 12, "Prepared at: " + pack.preparedAt());
            y -= 24;
            write(regular, BODY_SIZE, "The employer's record of this offer, kept for inspection (IRPR 209.2(1)(b)):"
                    + " the offer as submitted, its fee, its decision, the obligations with their evidence and"
                    + " the changes recorded with it, its deadlines met and not, the inspections that cover it,"
                    + " and every event of its history with who caused it and when.");
            newPage();
            for (InspectionPack.Section section : pack.sections()) {
                section(section);
            }
            page.close();
            numberPages();
        }

        private void section(InspectionPack.Section section) throws IOException {
            // a heading never ends a page: it needs room for itself and a first line below it
            if (y - HEADING_SIZE * LEADING * 2 - BODY_SIZE * LEADING < MARGIN) {
                newPage();
            }
            y -= HEADING_SIZE * 0.8f;
            write(bold, HEADING_SIZE, section.heading());
            y -= 2;
            for (String line : section.lines()) {
                write(regular, BODY_SIZE, line);
                y -= BODY_SIZE * 0.3f;
            }
        }

        /** Writes a paragraph, wrapped to the width, continuing on a new page when this one is full. */
        private void write(PDType1Font font, float size, String text) throws IOException {
            for (String paragraph : showable(font, text).split("\n", -1)) {
                for (String line : wrapped(font, size, paragraph)) {
                    if (y - size * LEADING < MARGIN) {
                        newPage();
                    }
                    y -= size * LEADING;
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(line);
                    page.endText();
                }
            }
        }

        private List<String> wrapped(PDType1Font font, float size, String paragraph) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= WIDTH) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word wider than the page (a long reference, a URL) is cut where the width ends
                String rest = word;
                while (width(font, size, rest) > WIDTH) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, size, rest.substring(0, cut)) > WIDTH) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
            return lines;
        }

        private float width(PDType1Font font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * The text with every character the font cannot draw replaced, line breaks kept and tabs and
         * other control characters made spaces: text entered by people must never stop the pack.
         */
        String showable(PDType1Font font, String text) {
            StringBuilder shown = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (codePoint == '\n') {
                    shown.append('\n');
                } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                    shown.append(' ');
                } else if (drawable(font, codePoint)) {
                    shown.appendCodePoint(codePoint);
                } else {
                    shown.append(UNSHOWABLE);
                }
            });
            return shown.toString();
        }

        /** Both fonts encode the same characters (WinAnsiEncoding), so one answer serves both. */
        private boolean drawable(PDType1Font font, int codePoint) {
            return drawable.computeIfAbsent(codePoint, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException notInTheFont) {
                    return false;
                }
            });
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PAGE);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PAGE.getHeight() - MARGIN;
        }

        private void numberPages() throws IOException {
            int total = document.getNumberOfPages();
            int number = 0;
            for (PDPage each : document.getPages()) {
                number++;
                try (PDPageContentStream foot = new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = "page " + number + " of " + total;
                    foot.beginText();
                    foot.setFont(regular, 8);
                    foot.newLineAtOffset(PAGE.getWidth() - MARGIN - width(regular, 8, text), MARGIN / 2);
                    foot.showText(text);
                    foot.endText();
                }
            }
        }
    }
}
