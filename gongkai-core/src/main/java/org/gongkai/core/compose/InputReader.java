package org.gongkai.core.compose;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.platform.PlatformExportReader;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.read.XlsxInput;
import org.gongkai.core.workbook.InputSheet;
import org.gongkai.core.workbook.InputWorkbookReader;
import org.gongkai.core.workbook.WorkbookInput;

/**
 * Reads whatever a user hands gongkai into a whole disclosure: a published document (text or
 * PDF) as published; a unit's authoring workbook composed into tables and 情况说明; a budget
 * platform export read through its mapping, with 情况说明 drafted from its tables.
 * Example: {@code InputReader.withBundledTemplates().read(Path.of("填报.xlsx"))} gives the
 * disclosure the workbook makes; {@code read(Path.of("单位预算.pdf"))} the one the PDF prints.
 */
public final class InputReader {

    private final DisclosureReader published;
    private final InputWorkbookReader workbooks;
    private final PlatformExportReader exports;
    private final DisclosureComposer composer;

    public InputReader(DisclosureReader published, InputWorkbookReader workbooks, PlatformExportReader exports,
                       DisclosureComposer composer) {
        this.published = published;
        this.workbooks = workbooks;
        this.exports = exports;
        this.composer = composer;
    }

    public static InputReader withBundledTemplates() {
        return new InputReader(DisclosureReader.withBundledTemplates(), new InputWorkbookReader(),
                new PlatformExportReader(), DisclosureComposer.withBundledTemplates());
    }

    public Disclosure read(Path file) throws UnreadableInputException {
        return read(DisclosureReader.bytes(file), DisclosureReader.fileName(file));
    }

    public Disclosure read(byte[] bytes, String fileName) throws UnreadableInputException {
        if (!XlsxInput.looksLikeWorkbook(bytes)) {
            if (bytes.length > 0 && fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) { // empty: said by the reader
                throw new UnreadableInputException("“" + fileName + "”不是 Excel 工作簿（.xlsx 文件是一个压缩包，此文件不是）：文件可能已损坏，"
                        + "或是改了扩展名的其他文件。请用 Excel 或 WPS 重新保存为 .xlsx 后再试。");
            }
            Disclosure d = published.read(bytes, fileName);
            if (d.holdsNothing()) {
                throw new UnreadableInputException("不像预算公开文件：既没有读到标题中的年度，也没有任何报表、概况、"
                        + "情况说明、绩效目标表或名词解释。请确认选择了正确的文件。");
            }
            return d;
        }
        List<String> sheets = XlsxInput.sheetNames(bytes);
        if (isAuthoringWorkbook(sheets)) {
            WorkbookInput in = workbooks.read(bytes, fileName);
            if (in.isEmpty()) {
                throw new UnreadableInputException("“" + fileName + "”还没有填写金额：请先在“" + InputSheet.FUNDS.sheetName()
                        + "”等工作表中填写本单位的预算数（见“填报说明”），再检查或生成。");
            }
            return composer.compose(in);
        }
        // an export, or something XlsxInput / the export reader will name as unreadable
        Disclosure d = exports.read(bytes, fileName);
        int year = d.metadata() == null ? 0 : d.metadata().year();
        return year > 0 ? composer.withNarrative(d, UnitStatements.none(year)) : d;
    }

    /**
     * True when the sheets are those of {@code gongkai template}: it has 单位概况 or 收支预算 (a
     * workbook that lost one of them is still read as one, to be told which sheet is missing).
     */
    static boolean isAuthoringWorkbook(List<String> sheets) {
        return sheets.contains(InputSheet.FUNDS.sheetName()) || sheets.contains(InputSheet.PROFILE.sheetName());
    }
}
