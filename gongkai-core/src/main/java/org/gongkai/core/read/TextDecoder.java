package org.gongkai.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text disclosure into text: UTF-8 with or without a byte-order mark, UTF-16
 * with one, or GB18030 (which covers GBK and GB2312), told apart automatically. Refuses empty and
 * binary input with a message that says what to do.
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
            return utf8(bytes, 3, "UTF-8 (BOM)");
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
        } catch (UnreadableInputException notUtf8) {
            return gb18030(bytes);
        }
    }

    /**
     * Decodes UTF-8: the JDK's decoder (several times faster than a loop of our own) does the
     * work, and replaces what is not UTF-8 with U+FFFD; only when a U+FFFD shows up does
     * {@link #strictUtf8} look again, to tell a file that really holds U+FFFD from one that is not
     * UTF-8 (GB18030, say) or ends in the middle of a character.
     */
    private static DecodedText utf8(byte[] b, int offset, String name) throws UnreadableInputException {
        String text = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return DecodedText.of(text, name, false);
        }
        return strictUtf8(b, offset, name);
    }

    /**
     * Decodes UTF-8 straight into characters, checking it as it goes (no overlong forms, no
     * surrogates, nothing past U+10FFFF); a character the file does not finish at its very end is
     * left out and reported.
     */
    private static DecodedText strictUtf8(byte[] b, int offset, String name) throws UnreadableInputException {
        int end = b.length;
        int cut = incompleteUtf8Tail(b, offset);
        end -= cut;
        char[] out = new char[end - offset];
        int n = 0;
        int i = offset;
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                out[n++] = (char) c;
                i++;
                continue;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF && i + 1 < end) {
                int c1 = b[i + 1];
                if ((c1 & 0xC0) != 0x80) {
                    throw NOT_UTF8;
                }
                out[n++] = (char) (((c & 0x1F) << 6) | (c1 & 0x3F));
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF && i + 2 < end) {
                int c1 = b[i + 1];
                int c2 = b[i + 2];
                if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) {
                    throw NOT_UTF8;
                }
                int cp = ((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
                if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    throw NOT_UTF8;
                }
                out[n++] = (char) cp;
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4 && i + 3 < end) {
                int c1 = b[i + 1];
                int c2 = b[i + 2];
                int c3 = b[i + 3];
                if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
                    throw NOT_UTF8;
                }
                int cp = ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    throw NOT_UTF8;
                }
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                throw NOT_UTF8;
            }
        }
        return new DecodedText(out, n, name, cut > 0);
    }

    /** Thrown inside {@link #decode} to fall back to GB18030; never reaches a user. */
    private static final UnreadableInputException NOT_UTF8 = new UnreadableInputException("not UTF-8");

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
        return new UnreadableInputException("无法读取：" + kind + "。请提供预算公开文件的 PDF，或导出为 UTF-8 文本（表格单元格以制表符分隔）。");
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
