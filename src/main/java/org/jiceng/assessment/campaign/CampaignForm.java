package org.jiceng.assessment.campaign;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Opening a campaign: which published scheme, a name, the deadline of each stage, 公示 days, grades a year may rise,
 * and for a cadre campaign the township whose cadres it judges ({@code org}; empty: every township of the county).
 */
public record CampaignForm(Long schemeId, String name,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submitDue,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDue,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approveDue,
                           Integer publicityDays, Integer maxRise, Long org) {

    /** A campaign over the whole county. */
    public CampaignForm(Long schemeId, String name, LocalDate submitDue, LocalDate reviewDue, LocalDate approveDue,
                        Integer publicityDays, Integer maxRise) {
        this(schemeId, name, submitDue, reviewDue, approveDue, publicityDays, maxRise, null);
    }

    public static CampaignForm blank() {
        return new CampaignForm(null, "", null, null, null, 7, 1, null);
    }
}
