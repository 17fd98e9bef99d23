package org.jiceng.assessment.campaign;

import java.time.LocalDateTime;

import org.jiceng.assessment.engine.SubjectKind;

/**
 * 考核评定活动: a county runs one published scheme for a year over its village branches (or townships, or village
 * cadres: {@code subject}, the scheme's) through the review chain ({@code processId}). {@code maxRise} is how many
 * grades an entry may rise over last year without a recorded exception (破格).
 */
public record Campaign(long id, long ownerOrgId, String ownerName, long schemeId, String schemeLabel, int year,
                       String name, long processId, int maxRise, LocalDateTime computedAt, long version,
                       SubjectKind subject) {

    /** Whether the entries judge village cadres (one per cadre) rather than organizations. */
    public boolean judgesCadres() {
        return subject == SubjectKind.VILLAGE_CADRE;
    }
}
