package io.custmgr.sample.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the demo's digital products: small PDFs (one page of text, written here so the demo needs no binary
 * resources) and plain text notes. Each is {file name, content type, product URL}; {@link #content} makes the bytes.
 */
final class DemoFiles {

    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain";

    /** File name, content type, product URL, title, then the lines of text. */
    static final String[][] FILES = {
            {"hot-sauce-field-guide.pdf", PDF, DemoCatalog.DIGITAL_URL + "/hot-sauce-field-guide",
                    "Hot Sauce Field Guide", "Sixty peppers, their heat and their flavour.",
                    "Jalapeno: 2,500 to 8,000 Scoville heat units.", "Habanero: 100,000 to 350,000."},
            {"pepper-heat-chart.txt", TEXT, DemoCatalog.DIGITAL_URL + "/hot-sauce-field-guide",
                    "Pepper heat chart", "Bell 0", "Poblano 1,000", "Jalapeno 5,000", "Cayenne 40,000",
                    "Habanero 250,000", "Ghost pepper 1,000,000"},
            {"fermentation-workbook.pdf", PDF, DemoCatalog.DIGITAL_URL + "/fermentation-masterclass",
                    "Fermentation Masterclass - Workbook", "Lesson 1: brines at 3 to 5 percent salt.",
                    "Lesson 2: mash fermentation.", "Lesson 3: bottling and safety."},
            {"lesson-notes.txt", TEXT, DemoCatalog.DIGITAL_URL + "/fermentation-masterclass",
                    "Lesson notes", "Keep everything under the brine.", "Burp the jars daily in the first week."},
            {"chili-growers-calendar.pdf", PDF, DemoCatalog.DIGITAL_URL + "/chili-growers-calendar",
                    "Chili Grower's Calendar", "February: sow indoors at 25 C.", "May: plant out after the last frost.",
                    "August to October: harvest."},
            {"growing-guide.pdf", PDF, DemoCatalog.MERCHANDISE_URL + "/growers-starter-kit",
                    "Grower's Starter Kit - Growing guide", "Soak the peat pots, sow two seeds each.",
                    "Keep warm and moist until they sprout."}};

    private DemoFiles() {
    }

    /** @return the bytes of the file described by {@code file} (a row of {@link #FILES}) */
    static byte[] content(String[] file) {
        List<String> lines = new ArrayList<String>();
        for (int i = 3; i < file.length; i++) {
            lines.add(file[i]);
        }
        if (TEXT.equals(file[1])) {
            return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        return pdf(lines);
    }

    /** A one-page PDF 1.4 showing the lines in Helvetica, with a correct cross-reference table. */
    static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 760 Td 18 TL");
        for (String line : lines) {
            text.append(" (").append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") '");
        }
        text.append(" ET");
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
