package ca.imp.offerservice.pack;

import java.time.Instant;
import java.util.List;

/**
 * What an employer hands an inspector for one offer, laid out as the PDF shows it: a title page,
 * then sections with headings. Pure data: {@link OfferRecord} decides what goes in, {@link PackPdf}
 * how it looks.
 *
 * @param preparedAt when the pack was made: an inspector reads it as "the record as it stood then"
 */
public record InspectionPack(String offerNumber, String employer, String businessNumber, String status,
                             Instant preparedAt, List<Section> sections) {

    public InspectionPack {
        sections = List.copyOf(sections);
    }

    /** A heading and its lines, each a paragraph of its own (wrapped to the page's width). */
    public record Section(String heading, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }
}
