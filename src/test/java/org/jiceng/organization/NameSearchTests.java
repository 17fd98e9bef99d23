package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSearchTests {

    @Test
    void findsAPartOfThreeCharactersAnywhereInTheName() {
        NameSearch search = NameSearch.of(" 张三丰 ");
        assertThat(search.predicate()).isEqualTo("(p.name LIKE :qLike)");
        assertThat(search.params()).containsEntry("qLike", "%张三丰%").containsEntry("q", "张三丰");
    }

    @Test
    void findsOneOrTwoCharactersAtTheStartOrTheEndOfTheName() {
        NameSearch search = NameSearch.of("三丰");
        assertThat(search.predicate()).isEqualTo("(p.name LIKE :qStart OR p.name LIKE :qEnd)");
        assertThat(search.params()).containsEntry("qStart", "三丰%").containsEntry("qEnd", "%三丰");
    }

    @Test
    void findsOneCharacterAsTheFirstOrLastCharacterOfTheName() {
        NameSearch search = NameSearch.of("王");
        assertThat(search.predicate()).startsWith("(SUBSTRING(p.name, 1, 1) = :qChar OR");
        assertThat(search.params()).containsEntry("qChar", "王");
        assertThat(search.broad()).as("one character across a province is counted only so far").isTrue();
        assertThat(NameSearch.of("王", false).broad()).as("within a county it is counted in full").isFalse();
        assertThat(NameSearch.of("王芳").broad()).isFalse();
        assertThat(search.branches()).as("a name is not compared with numbers").hasSize(2);
        assertThat(NameSearch.of("1").branches()).hasSize(4);
    }

    @Test
    void matchesAWholeIdentityNumberInCapitalsOrAPhoneNumber() {
        NameSearch search = NameSearch.of("61032219800101301x");
        assertThat(search.predicate()).endsWith("OR p.id_number = :qUpper OR p.phone = :q)");
        assertThat(search.params()).containsEntry("qUpper", "61032219800101301X");
        assertThat(NameSearch.of("13900000001", false).predicate()).endsWith("OR p.id_number = :qUpper OR p.phone = :q)");
    }

    @Test
    void ignoresLikeWildcardsTyped() {
        assertThat(NameSearch.of("张%三_丰").params()).containsEntry("qLike", "%张三丰%");
    }

    @Test
    void withinACountyAnyPartOfTheNameFindsIt() {
        NameSearch search = NameSearch.of("阳娜", false);
        // One or two characters: matched anywhere, through the scope rather than the trigram index, which has no
        // trigram for them and would hand back every row.
        assertThat(search.predicate()).isEqualTo("((p.name || '') LIKE :qLike)");
        assertThat(search.params()).containsEntry("qLike", "%阳娜%");
        assertThat(NameSearch.of("娜", false).params()).containsEntry("qLike", "%娜%");
        assertThat(NameSearch.of("欧阳娜", false).predicate()).isEqualTo("(p.name LIKE :qLike)");
    }
}
