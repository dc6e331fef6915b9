package org.gongkai.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.narrative.UnitStatementsReader;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.report.CheckReportHtmlWriter;
import org.gongkai.core.report.CheckReportJsonWriter;
import org.gongkai.core.report.CheckReportTextWriter;
import org.gongkai.core.workbook.InputWorkbookWriter;
import org.gongkai.core.write.DisclosureJsonWriter;
import org.gongkai.core.write.DisclosureRenderer;
import org.gongkai.core.write.RenderFormat;

import picocli.CommandLine.Command;

/**
 * {@code gongkai warmup} (hidden): reads the bundled sample disclosure, checks it, and writes its
 * summary, its JSON and the check report in every format to nowhere, touching every class a parse
 * or a check needs. The launcher runs it once after a build
 * to record a class-data archive, which makes every later start faster.
 */
@Command(name = "warmup", hidden = true, description = "读取、检查内置样例并生成各种格式一次（启动器用于生成类数据归档）。")
final class WarmupCommand implements Callable<Integer> {

    static final String SAMPLE = "samples/liulin-hrss-2024-budget.txt";

    @Override
    public Integer call() throws IOException, UnreadableInputException {
        byte[] bytes;
        try (InputStream in = WarmupCommand.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("missing " + SAMPLE);
            }
            bytes = in.readAllBytes();
        }
        Disclosure d = DisclosureReader.withBundledTemplates().read(bytes, "sample.txt");
        DisclosureSummary.of(d);
        DisclosureJsonWriter.write(d, OutputStream.nullOutputStream());
        CheckReport report = Checker.standard().check(d);
        CheckReportTextWriter.write(d, report);
        CheckReportJsonWriter.write(d, report, OutputStream.nullOutputStream());
        CheckReportHtmlWriter.write(d, report);
        for (RenderFormat f : RenderFormat.values()) {
            DisclosureRenderer.render(d, f, "sample");
        }
        // the authoring workbook: written, read back, composed into tables and 情况说明
        InputWorkbookWriter workbooks = new InputWorkbookWriter();
        workbooks.blank("样例单位", d.metadata().year());
        byte[] filled = workbooks.filled(d, UnitStatementsReader.read(d));
        Disclosure composed = InputReader.withBundledTemplates().read(filled, "sample.xlsx");
        Checker.standard().check(composed);
        return ExitCode.OK;
    }
}
