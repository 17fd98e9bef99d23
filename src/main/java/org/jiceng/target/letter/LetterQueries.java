package org.jiceng.target.letter;

import java.util.List;
import java.util.Map;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading letters within the user's scope: a year's letters under an org with the copies the user sees, a letter
 * with every village's standing (the township's board), one village's copy with its standing and amendments.
 */
@Service
@Transactional(readOnly = true)
public class LetterQueries {

    private final LetterRepository letters;
    private final CopyRepository copies;
    private final LetterProgress progress;
    private final MonthCheckRepository months;
    private final DataScope scope;

    LetterQueries(LetterRepository letters, CopyRepository copies, LetterProgress progress,
                  MonthCheckRepository months, DataScope scope) {
        this.months = months;
        this.letters = letters;
        this.copies = copies;
        this.progress = progress;
        this.scope = scope;
    }

    /**
     * A letter of a year and the copies of it the user sees (a village secretary: the village's own); {@code board}
     * whether the user sees the whole letter (the issuing township is in scope).
     */
    public record Listed(TargetLetter letter, List<LetterCopy> copies, boolean board) {

        public long signed() {
            return copies.stream().filter(c -> c.status() == CopyStatus.SIGNED).count();
        }
    }

    /** Letters of townships under the org, and letters other townships issued to villages the user sees. */
    public List<Listed> letters(long orgId, int year) {
        if (!covers(orgId)) {
            throw NotFoundException.of("党组织", orgId);
        }
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "c.village_id", null);
        Map<Long, List<LetterCopy>> byLetter = copies.under(scoped, orgId, year);
        List<TargetLetter> issued = letters.under(ScopedSql.of(scope.scope(ScopeKind.REGISTER), "l.org_id", null),
                orgId, year);
        java.util.LinkedHashMap<Long, Listed> listed = new java.util.LinkedHashMap<>();
        issued.forEach(l -> listed.put(l.id(), new Listed(l, byLetter.getOrDefault(l.id(), List.of()), true)));
        byLetter.forEach((letterId, own) -> listed.computeIfAbsent(letterId, id -> {
            TargetLetter letter = letters.find(id).orElseThrow();
            return new Listed(letter, own, covers(letter.orgId()));
        }));
        return List.copyOf(listed.values());
    }

    /** A letter with the standing of every village the user sees (404 outside the issuing township's scope). */
    public Board board(long letterId) {
        TargetLetter letter = letters.find(letterId).filter(l -> covers(l.orgId()))
                .orElseThrow(() -> NotFoundException.of("目标责任书", letterId));
        List<LetterCopy> all = copies.ofLetter(letterId);
        var done = progress.of(letter, all.stream().map(LetterCopy::villageId).toList());
        return new Board(letter, all.stream().map(c -> Standing.of(letter, c, done.getOrDefault(c.villageId(),
                Map.of()))).toList());
    }

    /** A township's letter and each village's standing on it. */
    public record Board(TargetLetter letter, List<Standing> villages) {
    }

    /** A village's copy: the letter, the village's standing, its amendments, its monthly checks. */
    public record CopyView(TargetLetter letter, Standing standing, List<Amendment> amendments,
                           List<MonthCheck> months) {

        @com.fasterxml.jackson.annotation.JsonProperty("monthStamp")
        public long monthStamp() {
            return MonthChecks.stamp(months);
        }

        /** Sum of the monthly scores ÷ 12, the figure the year-end assessment takes. */
        @com.fasterxml.jackson.annotation.JsonProperty("monthMean")
        public java.math.BigDecimal monthMean() {
            return MonthChecks.mean(months.stream().map(MonthCheck::score).toList());
        }

        public MonthCheck month(int month) {
            return months.stream().filter(m -> m.month() == month).findFirst().orElse(null);
        }
    }

    public CopyView copy(long copyId) {
        LetterCopy copy = copies.find(copyId).filter(c -> covers(c.villageId()))
                .orElseThrow(() -> NotFoundException.of("村目标责任书", copyId));
        TargetLetter letter = letters.find(copy.letterId()).orElseThrow();
        var done = progress.of(letter, List.of(copy.villageId()));
        return new CopyView(letter, Standing.of(letter, copy, done.getOrDefault(copy.villageId(), Map.of())),
                copies.amendments(copyId), months.of(copyId));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
