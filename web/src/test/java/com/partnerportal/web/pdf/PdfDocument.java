package com.partnerportal.web.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: its text (whole and per page), page size and fonts. */
record PdfDocument(String text, List<String> pages, PDRectangle pageSize, List<String> fonts,
        boolean allFontsEmbedded) {

    static PdfDocument read(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            return new PdfDocument(text, List.copyOf(pages), document.getPage(0).getMediaBox(), fonts, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** The text with every run of white space made one space, so table cells read as one line. */
    String flat() {
        return text.replaceAll("\\s+", " ");
    }
}
