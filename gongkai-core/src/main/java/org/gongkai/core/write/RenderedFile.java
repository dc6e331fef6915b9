package org.gongkai.core.write;

/**
 * One file a writer made: its name and its bytes.
 * Example: "单位预算.datapackage.json", 6,812 bytes, written beside "单位预算.csv".
 *
 * @param name  the file name, no directory
 * @param bytes the content
 */
public record RenderedFile(String name, byte[] bytes) {
}
