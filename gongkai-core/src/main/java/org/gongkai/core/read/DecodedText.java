package org.gongkai.core.read;

/**
 * Text decoded from bytes, with the encoding found and whether the bytes ended inside a character
 * (a sign the file was cut off). Example: UTF-8 with BOM, 131,766 bytes.
 */
record DecodedText(String text, String encoding, boolean cutMidCharacter) {
}
