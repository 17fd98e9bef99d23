package org.jiceng.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiceng.assessment.campaign.Campaign;
import org.jiceng.assessment.campaign.CampaignService;
import org.jiceng.assessment.target.TargetProgress;
import org.jiceng.assessment.target.TargetService;
import org.jiceng.incentive.care.CareService;
import org.jiceng.incentive.pay.run.OnTimeRate;
import org.jiceng.incentive.pay.run.PayRates;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.review.StageCount;
import org.jiceng.shared.Actor;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.work.WorkItem;
import org.jiceng.shared.work.WorkSource;
import org.jiceng.training.plan.PlanService;
import org.jiceng.training.plan.TrainingDashboard;
import org.springframework.stereotype.Component;

/**
 * The workbench (工作台): what waits for the user (every module's {@link WorkSource}, most urgent first) and the
 * year's figures of the three projects for their org — training plan against sessions held, hours and 三会一课;
 * where each campaign stands and the township's targets.
 */
@Component
class Workbench {

    private final List<WorkSource> sources;
    private final PlanService plans;
    private final CampaignService campaigns;
    private final ReviewService review;
    private final TargetService targets;
    private final PayRates pay;
    private final CareService care;

    Workbench(List<WorkSource> sources, PlanService plans, CampaignService campaigns, ReviewService review,
              TargetService targets, PayRates pay, CareService care) {
        this.pay = pay;
        this.care = care;
        this.sources = sources;
        this.plans = plans;
        this.campaigns = campaigns;
        this.review = review;
        this.targets = targets;
    }

    /** Where one campaign stands under the user's org: subjects in all, submitted or further, final, overdue. */
    record CampaignFigure(long id, String name, int total, int submitted, int approved, int overdue) {
    }

    /** 激励保障 of the year under the user's org: pay on time and in full so far, members in hardship helped. */
    record IncentiveFigures(OnTimeRate pay, long membersHelped) {
    }

    List<WorkItem> waiting(Actor actor, LocalDate today) {
        List<WorkItem> work = new ArrayList<>();
        sources.forEach(source -> work.addAll(source.waitingFor(actor, today)));
        work.sort(WorkItem.URGENT_FIRST);
        return work;
    }

    Optional<TrainingDashboard> training(Actor actor, int year) {
        try {
            return Optional.of(plans.dashboard(actor.orgId(), year));
        } catch (NotFoundException e) {
            // A party group's secretary: training is recorded by the branch, not the group.
            return Optional.empty();
        }
    }

    List<CampaignFigure> campaigns(int year, LocalDate today) {
        List<Campaign> ofYear = campaigns.campaigns().stream().filter(c -> c.year() == year).toList();
        var progress = review.progress(ofYear.stream().map(Campaign::processId).toList(), today);
        List<CampaignFigure> figures = new ArrayList<>();
        for (Campaign c : ofYear) {
            int total = 0;
            int submitted = 0;
            int approved = 0;
            int overdue = 0;
            for (StageCount s : progress.getOrDefault(c.processId(), List.of())) {
                total += s.count();
                submitted += s.stage() == ReviewStage.DRAFT ? 0 : s.count();
                approved += s.stage().approved() ? s.count() : 0;
                overdue += s.overdue();
            }
            if (total > 0) {
                figures.add(new CampaignFigure(c.id(), c.name(), total, submitted, approved, overdue));
            }
        }
        return figures;
    }

    IncentiveFigures incentive(Actor actor, int year) {
        return new IncentiveFigures(pay.yearUnder(actor.orgId(), year).orElse(null),
                care.membersHelped(actor.orgId(), year));
    }

    List<TargetProgress> targets(Actor actor, int year) {
        return targets.progress(actor.orgId(), year);
    }
}
