package org.jiceng.assessment.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jiceng.organization.PersonFlagKind;
import org.jiceng.review.ReviewStage;
import org.junit.jupiter.api.Test;

/** What lists and the public notice show of a nomination and a call. */
class NominationTests {

    @Test
    void theNoticeShowsAtMostSixtyCharactersOfTheDeeds() {
        assertThat(nomination("带头致富").shortDeeds()).isEqualTo("带头致富");
        String longDeeds = "富".repeat(61);
        assertThat(nomination(longDeeds).shortDeeds()).hasSize(61).endsWith("…");
        assertThat(nomination("x").stageLabel()).isEqualTo("待乡镇审核");
    }

    @Test
    void aCallNamesItsIneligibleFlagsInChinese() {
        CommendationCall call = new CommendationCall(1, 1, "县委", 2010, "标兵", 1,
                List.of(PersonFlagKind.ADMONISHMENT, PersonFlagKind.VETO_FINDING), Map.of(2L, 9), 0);
        assertThat(call.ineligibleLabels()).isEqualTo("诫勉谈话、一票否决");
    }

    private static Nomination nomination(String deeds) {
        return new Nomination(1, 1, 1, "张三", 1, "村", 2, "乡", 1, deeds, ReviewStage.SUBMITTED, null, 0, "u");
    }
}
