package org.jiceng.assessment.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.target.TargetService;
import org.jiceng.organization.ScopedSql;
import org.jiceng.review.ReviewStage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of campaign results (激励保障 pays subsidies from them): the grade each village branch
 * of a township reached in the county's campaign of a scheme family and year, and whether it is final; and the
 * scheme families and grade names a rule may name. The caller checks that the township is in the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class CampaignOutcomes {

    /** One branch's result: the campaign entry it comes from, its grade (null if none) and whether it is final. */
    public record Outcome(long campaignId, String campaignName, long entryId, long orgId, String orgName,
                          long townshipId, String grade, boolean settled) {
    }

    private final CampaignsByFamily byFamily;
    private final CampaignRepository campaigns;

    CampaignOutcomes(CampaignsByFamily byFamily, CampaignRepository campaigns) {
        this.byFamily = byFamily;
        this.campaigns = campaigns;
    }

    /**
     * The results of the branches under a township in the campaign of the family and year run at or above it: the
     * newest with final results, else the newest (the one {@link TargetService} judges targets by); empty when no
     * such campaign exists.
     */
    public List<Outcome> results(long townshipId, int year, String family) {
        return campaignOf(townshipId, year, family).flatMap(campaigns::find).map(c -> campaigns
                .entries(c.id(), ScopedSql.unscoped(), townshipId).stream()
                .map(e -> new Outcome(c.id(), c.name(), e.id(), e.orgId(), e.orgName(), e.townshipId(), e.grade(),
                        e.stage() == ReviewStage.FINAL))
                .toList()).orElse(List.of());
    }

    /** The name of the campaign {@link #results} reads, if there is one. */
    public Optional<String> campaignName(long townshipId, int year, String family) {
        return campaignOf(townshipId, year, family).flatMap(campaigns::find).map(Campaign::name);
    }

    private Optional<Long> campaignOf(long townshipId, int year, String family) {
        return byFamily.settledCampaignFor(townshipId, year, family)
                .or(() -> byFamily.campaignFor(townshipId, year, family));
    }

    /** Scheme families of village branches published at or above the org: family → scheme name. */
    public Map<String, String> families(long orgId) {
        return byFamily.families(orgId);
    }

    /** The grade names of the family's newest published scheme of the year at or above the org, best first. */
    public List<String> grades(long orgId, int year, String family) {
        return byFamily.bands(orgId, year, family);
    }
}
