package org.gongkai.app.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportOutcome;
import org.gongkai.app.store.ImportResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload in the browser: the home page's form posts files here; each is kept, read, checked and
 * stored as {@code gongkai import} does, and the answer page says what became of each, with the
 * checker's findings. Example: posting 单位预算.txt answers "已入库 … 第1版" and its 22 错误.
 */
@Controller
class ImportController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final DisclosureStore store;

    ImportController(DisclosureStore store) {
        this.store = store;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<String> upload(@RequestParam("file") List<MultipartFile> files) {
        List<ImportResult> results = new ArrayList<>();
        List<DisclosureStore.Upload> accepted = new ArrayList<>();
        for (MultipartFile f : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())) {
                continue; // the form sent without a file chosen
            }
            String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "上传文件" : f.getOriginalFilename();
            try {
                byte[] bytes = f.getBytes();
                if (UploadType.of(name, bytes).isEmpty()) {
                    // the same rule as the API's upload: a file that is not a disclosure's type is not kept
                    results.add(new ImportResult(ImportOutcome.REFUSED, name, null, "只受理 " + UploadType.ACCEPTED
                            + " 文件（按文件名和内容判断）：" + name + " 不是，未保存。请上传预算公开文件、填报工作簿或一体化平台导出。"));
                    continue;
                }
                accepted.add(DisclosureStore.Upload.of(bytes, name));
            } catch (IOException e) {
                results.add(new ImportResult(ImportOutcome.UNREADABLE, name, null, "上传未完成（" + e.getMessage() + "）：请重新上传。"));
            }
        }
        // sent together: a text and its tables published apart are stored as one version
        results.addAll(store.importAll(accepted, name -> { }, r -> { }));
        boolean unreadable = results.isEmpty() || results.stream().anyMatch(r -> r.outcome() == ImportOutcome.UNREADABLE || r.outcome() == ImportOutcome.REFUSED);
        return ResponseEntity.status(unreadable ? 422 : 200).contentType(HTML).body(ImportPage.write(results, store));
    }
}
