package org.gongkai.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.gongkai.core.read.TextLayoutReader.NotUtf8;

/**
 * Turns the bytes of a text disclosure into laid-out text: UTF-8 with or without a byte-order
 * mark, UTF-16 with one, or GB18030 (which covers GBK and GB2312), told apart automatically.
 * Refuses empty and binary input with a message that says what to do.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("文件为空（0 字节）：请确认选择了正确的文件，或重新导出后再试。");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            try {
                return utf8(bytes, 3, "UTF-8 (BOM)");
            } catch (NotUtf8 e) {
                throw new UnreadableInputException("文件以 UTF-8 标记开头，但内容不是有效的 UTF-8：请用文本编辑器另存为 UTF-8 后再试。");
            }
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return DecodedText.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return DecodedText.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        refuseBinary(bytes);
        try {
            return utf8(bytes, 0, "UTF-8");
        } catch (NotUtf8 notUtf8) {
            return gb18030(bytes);
        }
    }

    /**
     * Decodes UTF-8 and lays it out in the same pass ({@link TextLayoutReader#readUtf8}). A
     * character the file does not finish at its very end is left out and reported.
     */
    private static DecodedText utf8(byte[] b, int offset, String name) throws NotUtf8 {
        int cut = incompleteUtf8Tail(b, offset);
        return new DecodedText(TextLayoutReader.readUtf8(b, offset, b.length - cut), name, cut > 0);
    }

    private static DecodedText gb18030(byte[] bytes) throws UnreadableInputException {
        String text = strict(GB18030, bytes, 0, bytes.length);
        boolean cut = false;
        if (text == null && bytes.length > 1 && (bytes[bytes.length - 1] & 0x80) != 0) {
            text = strict(GB18030, bytes, 0, bytes.length - 1);
            cut = text != null;
        }
        if (text == null) {
            throw new UnreadableInputException("文件编码无法识别：既不是 UTF-8，也不是 GB18030/GBK。请用文本编辑器另存为 UTF-8 后再试。");
        }
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                cjk++;
            }
        }
        if (cjk == 0) {
            throw new UnreadableInputException("文件编码无法识别：按 GB18030 解读后没有一个汉字。请用文本编辑器另存为 UTF-8 后再试。");
        }
        return DecodedText.of(text, "GB18030", cut);
    }

    private static String strict(Charset cs, byte[] b, int off, int len) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(b, off, len));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Bytes at the end that begin a UTF-8 sequence the file does not finish (0 if none). */
    private static int incompleteUtf8Tail(byte[] b, int offset) {
        int n = b.length;
        for (int back = 1; back <= 3 && n - back >= offset; back++) {
            int v = b[n - back] & 0xFF;
            if ((v & 0xC0) == 0x80) {
                continue; // continuation byte, look further back
            }
            int need = (v & 0xE0) == 0xC0 ? 2 : (v & 0xF0) == 0xE0 ? 3 : (v & 0xF8) == 0xF0 ? 4 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    private static void refuseBinary(byte[] b) throws UnreadableInputException {
        int sample = Math.min(b.length, 16 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                throw binary(b);
            }
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') {
                control++;
            }
        }
        if (control * 20 > sample) {
            throw binary(b);
        }
    }

    private static UnreadableInputException binary(byte[] b) {
        String kind = startsWith(b, 'P', 'K') ? "这是一个压缩包或 Office 文件（.docx/.xlsx）"
                : startsWith(b, 0xD0, 0xCF, 0x11, 0xE0) ? "这是一个旧版 Office 文件（.doc/.xls）"
                : "这是一个二进制文件，不是文本";
        return new UnreadableInputException(kind + "。请提供预算公开文件的 PDF，或导出为 UTF-8 文本（表格单元格以制表符分隔）。");
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
