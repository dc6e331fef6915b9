package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authoring workbook from the command line: {@code gongkai template} writes it, {@code check}
 * and {@code render} read it as they read a published document, and every kind of bad workbook
 * (wrong type in a cell, a missing sheet, 50 MB, a zip bomb, a password, an old .xls) gets one
 * line saying what is wrong and what to do, and exit code 2.
 */
class WorkbookCommandsTest {

    @TempDir
    Path dir;

    static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    static byte[] referenceWorkbook() throws IOException {
        try (InputStream in = WorkbookCommandsTest.class.getResourceAsStream("/workbook/liulin-2024-input.xlsx")) {
            return in.readAllBytes();
        }
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    static byte[] edited(Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(referenceWorkbook()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        Sheet s = wb.getSheet(sheet);
        CellReference r = new CellReference(ref);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    /** Exit 2, one line on stderr naming the file's problem, no stack trace, nothing on stdout. */
    static void refusedInOneLine(ParseCommandTest.Run r, String... words) {
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("gongkai：").contains(words).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void templateWritesABlankWorkbookThatCheckSaysIsNotFilledIn() throws IOException {
        Path out = dir.resolve("填报.xlsx");
        ParseCommandTest.Run t = run("template", "--unit", "柳林县人力资源和社会保障局", "--year", "2025", "-o", out.toString());
        assertThat(t.exit()).isEqualTo(ExitCode.OK);
        assertThat(t.out()).contains("已生成填报工作簿");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("收支预算")).isNotNull();
            assertThat(wb.getSheet("绩效目标")).isNotNull();
            assertThat(wb.getSheet("收支预算").getDataValidations()).isNotEmpty();
        }
        refusedInOneLine(run("check", out.toString()), "还没有填写金额", "收支预算");
    }

    @Test
    void templateDoesNotOverwriteAFilledWorkbookUnlessTold() throws IOException {
        byte[] filled = referenceWorkbook();
        Path wb = file("填报.xlsx", filled);
        ParseCommandTest.Run r = run("template", "--unit", "某单位", "--year", "2025", "-o", wb.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("已存在", "--force");
        assertThat(Files.readAllBytes(wb)).isEqualTo(filled);
        assertThat(run("template", "--unit", "某单位", "--year", "2025", "-o", wb.toString(), "--force").exit()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(wb)).isNotEqualTo(filled);
    }

    @Test
    void templateNeedsAUnitAndAYearOrAPublishedDocument() {
        ParseCommandTest.Run r = run("template", "--year", "2025", "-o", dir.resolve("x.xlsx").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--unit");
        assertThat(run("template", "--unit", "某单位", "--year", "25", "-o", dir.resolve("x.xlsx").toString()).exit())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aWorkbookFilledFromThePublishedDocumentIsCheckedWithFindingsAtSheetAndCell() throws IOException {
        Path out = dir.resolve("柳林.xlsx");
        assertThat(run("template", "--from", SharedFixtures.seedFile().toString(), "-o", out.toString()).exit()).isEqualTo(ExitCode.OK);
        ParseCommandTest.Run r = run("check", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("文件：柳林.xlsx").contains("[PERF-007]").contains("（绩效目标!")
                .contains("[PROSE-014]").contains("（变动原因!B9）");
    }

    @Test
    void checkAndRenderReadTheReferenceWorkbook() throws IOException {
        Path wb = file("柳林2024.xlsx", referenceWorkbook());
        ParseCommandTest.Run summary = run("parse", wb.toString());
        assertThat(summary.exit()).isEqualTo(ExitCode.OK);
        assertThat(summary.out()).contains("Excel 工作簿").contains("找到 13/13 张");
        Path outDir = dir.resolve("输出");
        ParseCommandTest.Run r = run("render", wb.toString(), "--to", "all", "-o", outDir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(Files.list(outDir).map(p -> p.getFileName().toString()))
                .contains("柳林2024.html", "柳林2024.pdf", "柳林2024.docx", "柳林2024.xlsx", "柳林2024.json", "柳林2024.csv", "柳林2024.txt");
    }

    @Test
    void renderingAWorkbookToExcelBesideItselfKeepsTheWorkbook() throws IOException {
        byte[] original = referenceWorkbook();
        Path wb = file("填报.xlsx", original);
        ParseCommandTest.Run r = run("render", wb.toString(), "--to", "xlsx", "-o", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(wb)).isEqualTo(original);
        assertThat(dir.resolve("填报-公开.xlsx")).exists();
    }

    @Test
    void textInAMoneyCellIsNamedByItsCell() throws IOException {
        Path wb = file("类型.xlsx", edited(w -> cell(w, "收支预算", "D3").setCellValue("十二万")));
        refusedInOneLine(run("check", wb.toString()), "收支预算!D3", "十二万");
        // the same workbook with the amount as a number is read
        Path good = file("类型-正.xlsx", edited(w -> cell(w, "收支预算", "D3").setCellValue(120000)));
        assertThat(run("check", good.toString()).exit()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void aMissingSheetIsNamed() throws IOException {
        Path wb = file("缺表.xlsx", edited(w -> w.removeSheetAt(w.getSheetIndex("收支预算"))));
        refusedInOneLine(run("render", wb.toString(), "--to", "html", "-o", dir.toString()), "收支预算");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsOpened() throws IOException {
        byte[] big = new byte[50 * 1024 * 1024];
        new Random(7).nextBytes(big);
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        refusedInOneLine(run("check", file("大.xlsx", big).toString()), "过大", "50 MB");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook><sheets><sheet name=\"收支预算\" sheetId=\"1\"/><sheet name=\"单位概况\" sheetId=\"2\"/></sheets></workbook>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) { // 200 MB of zeros, about 200 KB packed
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(1024 * 1024);
        refusedInOneLine(run("check", file("炸弹.xlsx", bytes.toByteArray()).toString()), "压缩炸弹");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithWhatToDo() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("mima");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(referenceWorkbook());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        refusedInOneLine(run("check", file("加密.xlsx", out.toByteArray()).toString()), "密码", "取消密码");
    }

    @Test
    void anOldXlsIsRefusedWithWhatToDo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("收支预算").createRow(0).createCell(0).setCellValue("功能分类科目编码");
            wb.write(out);
        }
        refusedInOneLine(run("check", file("旧版.xls", out.toByteArray()).toString()), ".xls", "另存为 .xlsx");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws IOException {
        byte[] whole = referenceWorkbook();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        refusedInOneLine(run("check", file("半截.xlsx", half).toString()), "不完整", "另存为 .xlsx");
    }
}
