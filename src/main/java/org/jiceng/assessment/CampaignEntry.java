package org.jiceng.assessment;

import java.math.BigDecimal;
import java.util.Map;

import org.jiceng.review.ReviewStage;

/**
 * One subject of a campaign (a village branch) with its stage in the review chain and its result: totals, points
 * per dimension, the grade the engine gave, the grade after the year-over-year rule or an exception, last year's
 * grade and ranks (1 = best; equal totals share a rank).
 */
public record CampaignEntry(long id, long campaignId, long orgId, String orgName, long townshipId, String townshipName,
                            long itemId, ReviewStage stage, String returnedReason, BigDecimal baseTotal,
                            BigDecimal bonus, BigDecimal deductions, BigDecimal total, String computedGrade,
                            String grade, String gradeNote, boolean vetoed, int missing, String previousGrade,
                            String exceptionGrade, String exceptionReason, long version,
                            Map<String, BigDecimal> dimensions, int rankInTownship, int rankInCounty,
                            Movement movement) {

    public CampaignEntry withRanks(int township, int county, Movement move) {
        return new CampaignEntry(id, campaignId, orgId, orgName, townshipId, townshipName, itemId, stage,
                returnedReason, baseTotal, bonus, deductions, total, computedGrade, grade, gradeNote, vetoed, missing,
                previousGrade, exceptionGrade, exceptionReason, version, dimensions, township, county, move);
    }

    public boolean scored() {
        return total != null;
    }

    /** The change of grade from last year. */
    public enum Movement {
        UP("升级"), DOWN("降级"), SAME("持平"), NEW("新评"), NONE("未评定");

        private final String label;

        Movement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
