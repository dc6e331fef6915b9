package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.write.pdf.PdfWriter;
import org.gongkai.core.write.word.DocxWriter;

/**
 * Our PDF, written in a process kept warm (as the portal or a batch job writes it), against
 * LibreOffice converting the Word document we write ({@code soffice --headless --convert-to pdf},
 * the route units take today), interleaved in one run: each round times three of ours and one
 * LibreOffice conversion, without the catalogue annex and with it. Prints medians and the
 * median ratio. Run with {@code ./dev bench-pdf-ratio}; needs {@code soffice}.
 */
public final class PdfRatio {

    private PdfRatio() {
    }

    public static void main(String[] args) throws IOException, UnreadableInputException, InterruptedException {
        Path shared = Path.of(System.getProperty("gongkai.shared", "../shared"));
        Disclosure seed = DisclosureReader.withBundledTemplates()
                .read(Files.readAllBytes(shared.resolve("seed/000_5dad8652f8cb316b.txt")), "seed.txt");
        Path dir = Files.createTempDirectory("gongkai-pdf-ratio");
        for (boolean annex : new boolean[] {false, true}) {
            Path docx = dir.resolve(annex ? "annex.docx" : "bare.docx");
            Files.write(docx, DocxWriter.withBundledTemplates().withCatalogue(annex).toBytes(seed));
            long sink = 0;
            for (int i = 0; i < 15; i++) {
                sink += PdfWriter.write(seed, annex).length;
            }
            int rounds = annex ? 5 : 10;
            long[] ours = new long[rounds];
            long[] office = new long[rounds];
            double[] ratio = new double[rounds];
            for (int k = 0; k < rounds; k++) {
                long[] three = new long[3];
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    sink += PdfWriter.write(seed, annex).length;
                    three[i] = System.nanoTime() - t0;
                }
                Arrays.sort(three);
                ours[k] = three[1];
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir",
                        dir.resolve("out").toString(), docx.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new IOException("soffice failed");
                }
                office[k] = System.nanoTime() - t0;
                ratio[k] = (double) office[k] / ours[k];
            }
            Arrays.sort(ours);
            Arrays.sort(office);
            Arrays.sort(ratio);
            System.out.printf("%s: our PDF (warm) median %.0f ms; LibreOffice converting our DOCX median %.0f ms; ratio median %.1f (%d)%n",
                    annex ? "with the catalogue annex" : "without the catalogue annex",
                    ours[rounds / 2] / 1e6, office[rounds / 2] / 1e6, ratio[rounds / 2], sink % 2);
        }
    }
}
