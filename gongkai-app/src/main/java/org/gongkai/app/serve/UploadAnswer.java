package org.gongkai.app.serve;

import java.util.List;

import org.gongkai.app.store.ImportResult;
import org.gongkai.app.store.StoredDisclosure;

/**
 * What {@code POST /api/disclosures} answers: for each file sent, what became of it, and the stored
 * version when there is one.
 * Example: {@code {"files":[{"file":"单位预算.txt","outcome":"STORED","status":"已入库","message":null,
 * "disclosure":{"id":10,…,"version":2},"page":"/disclosures/10"}]}}, answered 201.
 *
 * @param files one result per file, in the order sent
 */
record UploadAnswer(List<FileResult> files) {

    /**
     * One file's result.
     *
     * @param file       its name as sent
     * @param outcome    STORED, UNCHANGED, UNREADABLE, or REFUSED (not a .txt, .pdf or .xlsx: not kept)
     * @param status     the same in Chinese: 已入库, 与已有版本相同, 无法读取, 拒收
     * @param message    why it could not be read or was refused, in Chinese; null otherwise
     * @param disclosure the stored version (new, or the earlier one with the same content); null otherwise
     * @param page       the version's page; null when none
     * @param companion  the file of tables sent with it and stored with it as one version (a text and
     *                   its tables published apart); null when it came alone
     */
    record FileResult(String file, String outcome, String status, String message, DisclosureItem disclosure, String page,
                      String companion) {

        static FileResult of(ImportResult r) {
            StoredDisclosure d = r.disclosure();
            return new FileResult(r.fileName(), r.outcome().name(), r.outcome().label(), r.message(),
                    d == null ? null : DisclosureItem.of(d), d == null ? null : "/disclosures/" + d.id(), r.companionFileName());
        }

        static FileResult refused(String file, String message) {
            return new FileResult(file, "REFUSED", "拒收", message, null, null, null);
        }
    }
}
