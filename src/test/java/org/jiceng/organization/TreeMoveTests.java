package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreeMoveTests {

    @Test
    void movesABranchToAnotherTownship() {
        assertThat(TreeMove.problem(OrgType.BRANCH, OrgType.TOWNSHIP, false, false)).isEmpty();
    }

    @Test
    void movesABranchUnderAGeneralBranch() {
        assertThat(TreeMove.problem(OrgType.BRANCH, OrgType.GENERAL_BRANCH, false, false)).isEmpty();
    }

    @Test
    void refusesAMoveUnderItsOwnSubtree() {
        assertThat(TreeMove.problem(OrgType.TOWNSHIP, OrgType.COUNTY, true, false))
                .hasValue("不能把组织移到它自己或它的下级组织之下");
    }

    @Test
    void refusesAParentOfTheWrongKind() {
        assertThat(TreeMove.problem(OrgType.TOWNSHIP, OrgType.TOWNSHIP, false, false)).hasValue("乡镇党委不能隶属于乡镇党委");
        assertThat(TreeMove.problem(OrgType.PARTY_GROUP, OrgType.TOWNSHIP, false, false)).hasValue("党小组不能隶属于乡镇党委");
    }

    @Test
    void refusesAMoveToTheSameParent() {
        assertThat(TreeMove.problem(OrgType.BRANCH, OrgType.TOWNSHIP, false, true)).hasValue("该组织已在所选上级组织之下");
    }

    @Test
    void membersAreRegisteredWithBranchesOnly() {
        assertThat(OrgType.BRANCH.holdsMembers()).isTrue();
        assertThat(OrgType.GENERAL_BRANCH.holdsMembers()).isTrue();
        assertThat(OrgType.TOWNSHIP.holdsMembers()).isFalse();
        assertThat(OrgType.PARTY_GROUP.holdsMembers()).isFalse();
        assertThat(OrgType.TOWNSHIP.allowedChildren()).containsExactlyInAnyOrder(OrgType.GENERAL_BRANCH, OrgType.BRANCH);
    }
}
