package org.gongkai.core.read;

/**
 * Text decoded from bytes and laid out as lines of cells, with the encoding found and whether
 * the bytes ended inside a character (a sign the file was cut off). Example: UTF-8 with BOM,
 * 131,766 bytes, 2,869 lines.
 *
 * @param layout the lines of cells
 */
record DecodedText(Layout layout, String encoding, boolean cutMidCharacter) {

    /** Text decoded as a whole (UTF-16, GB18030), laid out from its characters. */
    static DecodedText of(String text, String encoding, boolean cut) {
        return new DecodedText(TextLayoutReader.read(text), encoding, cut);
    }
}
