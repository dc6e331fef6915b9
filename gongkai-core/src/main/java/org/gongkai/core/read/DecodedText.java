package org.gongkai.core.read;

/**
 * Text decoded from bytes into characters, with the encoding found and whether the bytes ended
 * inside a character (a sign the file was cut off). Example: UTF-8 with BOM, 131,766 bytes.
 *
 * @param chars  the characters; only the first {@code length} count
 * @param length how many characters were decoded
 */
record DecodedText(char[] chars, int length, String encoding, boolean cutMidCharacter) {

    static DecodedText of(String text, String encoding, boolean cut) {
        return new DecodedText(text.toCharArray(), text.length(), encoding, cut);
    }

    String text() {
        return new String(chars, 0, length);
    }
}
