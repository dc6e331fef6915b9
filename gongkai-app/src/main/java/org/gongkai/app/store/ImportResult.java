package org.gongkai.app.store;

/**
 * What became of one imported file.
 * Example: {@code STORED}, "单位预算.txt", the stored disclosure (version 2), message null; or
 * {@code UNREADABLE}, "空.txt", no disclosure, "文件为空（0 字节）：请确认选择了正确的文件。".
 *
 * @param outcome    stored, unchanged or unreadable
 * @param fileName   the file's name as given
 * @param disclosure the stored version (new or the earlier one with the same content); null when unreadable
 * @param message    why it could not be read, in Chinese; null otherwise
 * @param companionFileName the file of tables imported with it as one disclosure ({@link
 *                   DisclosureStore#importAll}), null when it came alone
 */
public record ImportResult(ImportOutcome outcome, String fileName, StoredDisclosure disclosure, String message,
                           String companionFileName) {

    public ImportResult(ImportOutcome outcome, String fileName, StoredDisclosure disclosure, String message) {
        this(outcome, fileName, disclosure, message, null);
    }

    /** The file's name, with its tables' file when they came as one: "a.pdf + b.pdf". */
    public String files() {
        return companionFileName == null ? fileName : fileName + " + " + companionFileName;
    }
}
