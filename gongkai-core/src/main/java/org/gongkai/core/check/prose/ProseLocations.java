package org.gongkai.core.check.prose;

import org.gongkai.core.check.Location;
import org.gongkai.core.model.Sentence;

/** Where a stated figure is: its section and the sentence that states it. */
final class ProseLocations {

    private ProseLocations() {
    }

    static Location of(ProseParagraph p, Mention m) {
        Sentence s = p.sentenceAt(m.start());
        return Location.text(p.section(), s.text(), s.position());
    }

    static Location of(ProseParagraph p, int at) {
        Sentence s = p.sentenceAt(at);
        return Location.text(p.section(), s.text(), s.position());
    }
}
