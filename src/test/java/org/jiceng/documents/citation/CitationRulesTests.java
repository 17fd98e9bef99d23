package org.jiceng.documents.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.register.BasisDocument;
import org.junit.jupiter.api.Test;

class CitationRulesTests {

    static final BasisDocument PLAN_DOCUMENT = new BasisDocument(1, 20, "郭店镇", "郭发〔2010〕3号", 2010,
            "关于认真搞好农村基层干部年度培训工作的实施方案", "04", "方案", LocalDate.of(2010, 2, 26), null, "方案.pdf", 2048L, 0,
            "guodian", null, null);
    static final BasisSubject GUODIAN_PLAN = new BasisSubject("TRAINING_PLAN", "20/2010", 20, "郭店镇2010年培训计划");
    static final BasisSubject FANJIAZHAI_PLAN = new BasisSubject("TRAINING_PLAN", "10/2010", 10, "范家寨乡2010年培训计划");

    @Test
    void aSubjectRestsOnADocumentOfItsOwnOrgOrAbove() {
        assertThat(messages(PLAN_DOCUMENT, GUODIAN_PLAN, true, false, null)).isEmpty();
        assertThat(messages(PLAN_DOCUMENT, FANJIAZHAI_PLAN, false, false, null)).containsExactly(
                "subject: 《关于认真搞好农村基层干部年度培训工作的实施方案》（郭发〔2010〕3号）是郭店镇的文件，"
                        + "范家寨乡2010年培训计划只能以本单位或上级的文件为依据");
    }

    @Test
    void aSubjectCitesADocumentOnce() {
        assertThat(messages(PLAN_DOCUMENT, GUODIAN_PLAN, true, true, null)).containsExactly(
                "subject: 郭店镇2010年培训计划已引用《关于认真搞好农村基层干部年度培训工作的实施方案》（郭发〔2010〕3号）");
    }

    @Test
    void theNoteIsShort() {
        assertThat(messages(PLAN_DOCUMENT, GUODIAN_PLAN, true, false, "依".repeat(500))).isEmpty();
        assertThat(messages(PLAN_DOCUMENT, GUODIAN_PLAN, true, false, "依".repeat(501)))
                .containsExactly("note: 说明不超过500字");
    }

    private static List<String> messages(BasisDocument document, BasisSubject subject, boolean atOrAbove,
                                         boolean cited, String note) {
        return CitationRules.check(document, subject, atOrAbove, cited, note).stream()
                .map(e -> e.field() + ": " + e.message()).toList();
    }
}
