package org.gongkai.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an Excel workbook a user hands in (the authoring workbook, the budget platform's
 * export) and turns every way it can be unreadable into one Chinese message: empty, too large,
 * an old .xls, password-protected, not a workbook, truncated, or a zip bomb.
 * Example: {@code XlsxInput.open(bytes, "收支预算.xlsx")} gives the workbook, or throws
 * "这是旧版 Excel 文件（.xls）……请在 Excel 或 WPS 中另存为 .xlsx 后再试。".
 */
public final class XlsxInput {

    /** Workbooks above this size are refused: a unit's input workbook is well under 1 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The least compressed size per byte unpacked POI accepts before it calls a file a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.005;

    /** The largest part of a workbook unpacked, in bytes. */
    private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    private XlsxInput() {
    }

    /** True when {@code bytes} start like an .xlsx (a zip) or an Office 97–2003 file (.xls, or an encrypted .xlsx). */
    public static boolean looksLikeWorkbook(byte[] bytes) {
        return isZip(bytes) || isOle2(bytes);
    }

    /**
     * The sheet names an .xlsx lists, in order, read from its {@code xl/workbook.xml} without
     * opening the workbook: enough to tell an authoring workbook from a platform export. Empty when
     * {@code bytes} is no readable .xlsx ({@link #open} then says why).
     */
    public static List<String> sheetNames(byte[] bytes) {
        List<String> names = new ArrayList<>();
        if (!isZip(bytes) || bytes.length > MAX_BYTES) {
            return names;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals("xl/workbook.xml")) {
                    continue;
                }
                byte[] xml = zip.readNBytes(4 * 1024 * 1024);
                Matcher m = SHEET.matcher(new String(xml, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(unescape(m.group(1)));
                }
                break;
            }
        } catch (IOException | RuntimeException e) {
            names.clear();
        }
        return names;
    }

    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"");

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** The workbook in {@code bytes}, named {@code fileName} in messages. */
    public static XSSFWorkbook open(byte[] bytes, String fileName) throws UnreadableInputException {
        String name = "“" + fileName + "”";
        if (bytes.length == 0) {
            throw new UnreadableInputException(name + "是空文件（0 字节）：请重新导出或另存工作簿后再试。");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableInputException(name + "过大（" + bytes.length / (1024 * 1024) + " MB，上限 "
                    + MAX_BYTES / (1024 * 1024) + " MB）：填报工作簿通常不到 1 MB，请确认选择了正确的文件，"
                    + "或删除其中的图片和无关工作表后再试。");
        }
        if (isOle2(bytes)) {
            throw new UnreadableInputException(name + (isEncrypted(bytes)
                    ? "设有打开密码：gongkai 不读取加密的工作簿。请在 Excel 或 WPS 中取消密码（文件→信息→保护工作簿）后另存再试。"
                    : "是旧版 Excel 文件（.xls，Excel 97–2003 格式）：请在 Excel 或 WPS 中另存为 .xlsx 后再试。"));
        }
        if (!isZip(bytes)) {
            throw new UnreadableInputException(name + "不是 Excel 工作簿（.xlsx）：请确认文件类型，或在 Excel 或 WPS 中另存为 .xlsx 后再试。");
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name + why(e), e);
        }
    }

    private static String why(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("MaxEntrySize") || m.contains("exceed")) {
                return "解压后异常庞大（疑似“压缩炸弹”）：gongkai 拒绝打开。请使用由 Excel、WPS 或 gongkai template 生成的工作簿。";
            }
            if (t instanceof EncryptedDocumentException) {
                return "设有密码：请取消密码后另存再试。";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ZipException || t instanceof java.io.EOFException || t instanceof NotOfficeXmlFileException
                    || t instanceof InvalidFormatException || t instanceof RecordFormatException) {
                return "不完整或已损坏，无法打开：请重新导出或另存工作簿后再试。";
            }
        }
        return "无法作为 Excel 工作簿打开（不完整、已损坏或不是 .xlsx）：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。";
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0 && (b[4] & 0xFF) == 0xA1 && (b[5] & 0xFF) == 0xB1
                && (b[6] & 0xFF) == 0x1A && (b[7] & 0xFF) == 0xE1;
    }

    /** An encrypted .xlsx is an OLE2 file holding "EncryptionInfo" and "EncryptedPackage". */
    private static boolean isEncrypted(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
