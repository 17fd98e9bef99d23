package org.jiceng.assessment.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.PostQueries;
import org.jiceng.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Who a new campaign judges, by the scheme's subject:
 * <ul>
 * <li>village branches or townships: every one under the county that opens it (争先创优 ranks them county-wide);</li>
 * <li>village cadres (村干部考核): every paid cadre (职数内) in post on the day the campaign is opened, read from the
 * register ({@link PostQueries#paidCadresInPost}), under the county or under one of its townships — the township
 * Party committee assesses its village cadres (research §2.13; the seed: 范家寨乡 issues its own
 * 《乡村干部考核管理办法》), so a county may run one campaign per township. A 一肩挑 secretary is one subject with
 * both posts. Each cadre's entry belongs to their village: the village's secretary (or the township for the village)
 * fills each cadre's self-assessment (述职自评), the township reviews and scores (双述双评), the county approves.</li>
 * </ul>
 */
@Component
class CampaignSubjects {

    /** One subject: its org, the org that reviews it (its township, or the county), its label and the cadre if any. */
    record Subject(long orgId, long reviewerOrgId, String label, CampaignEntry.Cadre cadre) {
    }

    private final CampaignRepository repository;
    private final PostQueries posts;
    private final OrgTree tree;
    private final Clock clock;

    CampaignSubjects(CampaignRepository repository, PostQueries posts, OrgTree tree, Clock clock) {
        this.repository = repository;
        this.posts = posts;
        this.tree = tree;
        this.clock = clock;
    }

    /**
     * The org whose subjects a campaign of the county judges: the county itself, or for cadres one of its townships.
     * A range outside the county, or a township for a scheme that judges organizations, is refused on {@code org}.
     */
    long range(long countyId, Long org, SubjectKind kind) {
        if (org == null || org == countyId) {
            return countyId;
        }
        if (kind != SubjectKind.VILLAGE_CADRE) {
            throw RuleViolationException.onField("org", "村党组织和乡镇党委的评定面向全县开展，不能只选一个乡镇");
        }
        boolean township = tree.contains(countyId, org)
                && tree.find(org).map(o -> o.type() == OrgType.TOWNSHIP).orElse(false);
        if (!township) {
            throw RuleViolationException.onField("org", "请选择本县的一个乡镇，或留空评定全县");
        }
        return org;
    }

    /** The subjects under {@code underOrg} for the scheme's subject, in tree order. */
    List<Subject> of(long underOrg, SubjectKind kind) {
        if (kind == SubjectKind.VILLAGE_CADRE) {
            return posts.paidCadresInPost(underOrg, LocalDate.now(clock)).stream()
                    .map(c -> {
                        var cadre = new CampaignEntry.Cadre(c.personId(), c.personName(), c.posts());
                        return new Subject(c.orgId(), c.townshipId(), cadre.label(c.orgName()), cadre);
                    }).toList();
        }
        return repository.subjects(underOrg, kind).stream()
                .map(s -> new Subject(s.orgId(), s.reviewerOrgId(), s.label(), null)).toList();
    }
}
