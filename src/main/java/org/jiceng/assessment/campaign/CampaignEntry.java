package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.util.Map;

import org.jiceng.review.ReviewStage;

/**
 * One subject of a campaign (a village branch, a township, or a village cadre of a branch) with its stage in the
 * review chain and its result: totals, points per dimension, the grade the engine gave, the grade after the
 * year-over-year rule or an exception, last year's grade and ranks (1 = best; equal totals share a rank).
 * {@code cadre} is null unless the campaign judges village cadres; the entry then still belongs to the cadre's
 * village ({@code orgId}) for scope and the review chain.
 */
public record CampaignEntry(long id, long campaignId, long orgId, String orgName, long townshipId, String townshipName,
                            long itemId, ReviewStage stage, String returnedReason, BigDecimal baseTotal,
                            BigDecimal bonus, BigDecimal deductions, BigDecimal total, String computedGrade,
                            String grade, String gradeNote, boolean vetoed, int missing, String previousGrade,
                            String exceptionGrade, String exceptionReason, long version,
                            Map<String, BigDecimal> dimensions, int rankInTownship, int rankInCounty,
                            Movement movement, Cadre cadre) {

    /** An entry of an organization (no cadre). */
    public CampaignEntry(long id, long campaignId, long orgId, String orgName, long townshipId, String townshipName,
                         long itemId, ReviewStage stage, String returnedReason, BigDecimal baseTotal,
                         BigDecimal bonus, BigDecimal deductions, BigDecimal total, String computedGrade,
                         String grade, String gradeNote, boolean vetoed, int missing, String previousGrade,
                         String exceptionGrade, String exceptionReason, long version,
                         Map<String, BigDecimal> dimensions, int rankInTownship, int rankInCounty, Movement movement) {
        this(id, campaignId, orgId, orgName, townshipId, townshipName, itemId, stage, returnedReason, baseTotal, bonus,
                deductions, total, computedGrade, grade, gradeNote, vetoed, missing, previousGrade, exceptionGrade,
                exceptionReason, version, dimensions, rankInTownship, rankInCounty, movement, null);
    }

    /** The cadre an entry judges: the person, with the name and the posts held when the campaign was opened. */
    public record Cadre(long personId, String name, String posts) {

        /** The cadre as lists name them: 姓名（村 职务）. */
        public String label(String village) {
            return name + "（" + village + " " + posts + "）";
        }
    }

    public CampaignEntry withRanks(int township, int county, Movement move) {
        return new CampaignEntry(id, campaignId, orgId, orgName, townshipId, townshipName, itemId, stage,
                returnedReason, baseTotal, bonus, deductions, total, computedGrade, grade, gradeNote, vetoed, missing,
                previousGrade, exceptionGrade, exceptionReason, version, dimensions, township, county, move, cadre);
    }

    public CampaignEntry withDimensions(Map<String, BigDecimal> points) {
        return new CampaignEntry(id, campaignId, orgId, orgName, townshipId, townshipName, itemId, stage,
                returnedReason, baseTotal, bonus, deductions, total, computedGrade, grade, gradeNote, vetoed, missing,
                previousGrade, exceptionGrade, exceptionReason, version, points, 0, 0, null, cadre);
    }

    /** Who the entry judges, as pages and messages name it: the branch, or the cadre with village and posts. */
    public String label() {
        return cadre == null ? orgName : cadre.label(orgName);
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
