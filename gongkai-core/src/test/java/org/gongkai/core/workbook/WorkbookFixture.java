package org.gongkai.core.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.narrative.UnitStatementsReader;

/**
 * The reference unit's filled input workbook, {@code workbook/liulin-2024-input.xlsx}: written from
 * the published seed by {@link InputWorkbookWriter#filled}. Regenerate with
 * {@code ./mvnw -q -o test -pl gongkai-core -Dtest=WorkbookFixtureTest -Dgongkai.regenerate=true}
 * (or run {@link #main}) after a change to the layout.
 */
public final class WorkbookFixture {

    static final String RESOURCE = "workbook/liulin-2024-input.xlsx";
    static final Path FILE = Path.of("src/test/resources/" + RESOURCE);

    private WorkbookFixture() {
    }

    /** The workbook as {@link InputWorkbookWriter#filled} writes it from the seed now. */
    static byte[] fromSeed() {
        Disclosure seed = SharedFixtures.seed();
        return new InputWorkbookWriter().filled(seed, UnitStatementsReader.read(seed));
    }

    /** The committed fixture. */
    public static byte[] committed() {
        try (InputStream in = WorkbookFixture.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE + ": run WorkbookFixture.main");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed fixture with {@code edit} made to it, as a user would make it in Excel. */
    public static byte[] edited(Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(committed()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cell {@code ref} ("D3") of {@code sheet}, made if it is not there. */
    public static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        Sheet s = wb.getSheet(sheet);
        CellReference r = new CellReference(ref);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    /** Writes the fixture; run from the gongkai-core folder. */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : FILE;
        Files.createDirectories(out.getParent());
        Files.write(out, fromSeed());
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
