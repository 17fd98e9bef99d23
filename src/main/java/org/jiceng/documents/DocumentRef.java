package org.jiceng.documents;

import java.time.LocalDate;

/** A document as other modules show it: linked as 依据：《title》（number）. */
public record DocumentRef(long id, String number, String title, String kindLabel, LocalDate issuedOn,
                          String orgName) {

    /** 《title》（number）, the way a document is cited in Chinese official writing. */
    public String display() {
        return "《" + title + "》（" + number + "）";
    }
}
