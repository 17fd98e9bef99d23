package org.jiceng.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.jiceng.assessment.campaign.Campaign;
import org.jiceng.assessment.campaign.CampaignService;
import org.jiceng.assessment.target.TargetProgress;
import org.jiceng.assessment.target.TargetService;
import org.jiceng.incentive.care.CareService;
import org.jiceng.incentive.pay.run.OnTimeRate;
import org.jiceng.incentive.pay.run.PayRates;
import org.jiceng.organization.CountyFigureCache;
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
 * where each campaign stands and the township's targets. An officer's or secretary's desk is the same for everyone of
 * that role at that org, so it is kept in {@link CountyFigureCache} until a write in the county; only the sources that
 * read something else ({@link WorkSource#followsOrgRecords()}) are asked on every view.
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
    private final CountyFigureCache kept;

    Workbench(List<WorkSource> sources, PlanService plans, CampaignService campaigns, ReviewService review,
              TargetService targets, PayRates pay, CareService care, CountyFigureCache kept) {
        this.pay = pay;
        this.care = care;
        this.kept = kept;
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

    /**
     * What the home page shows: the tasks, most urgent first, and for those who keep the register the year's figures
     * ({@code training} null for a party group's secretary, whose training the branch records).
     */
    record Desk(List<WorkItem> work, TrainingDashboard training, List<CampaignFigure> campaigns,
                List<TargetProgress> targets, IncentiveFigures incentive) {

        Desk {
            work = List.copyOf(work);
        }
    }

    Desk desk(Actor actor, LocalDate today) {
        if (!actor.role().keepsRegister()) {
            return new Desk(waiting(actor, today, source -> true), null, List.of(), List.of(), null);
        }
        int year = today.getYear();
        Desk desk = kept.get("workbench:" + actor.role(), actor.orgId(), year, () -> new Desk(
                waiting(actor, today, WorkSource::followsOrgRecords), training(actor, year).orElse(null),
                campaigns(year, today), targets.progress(actor.orgId(), year), incentive(actor, year)));
        List<WorkItem> live = waiting(actor, today, source -> !source.followsOrgRecords());
        if (live.isEmpty()) {
            return desk;
        }
        List<WorkItem> work = new ArrayList<>(desk.work());
        work.addAll(live);
        work.sort(WorkItem.URGENT_FIRST);
        return new Desk(work, desk.training(), desk.campaigns(), desk.targets(), desk.incentive());
    }

    /** The tasks of the sources chosen, most urgent first. */
    private List<WorkItem> waiting(Actor actor, LocalDate today, Predicate<WorkSource> which) {
        List<WorkItem> work = new ArrayList<>();
        sources.stream().filter(which).forEach(source -> work.addAll(source.waitingFor(actor, today)));
        work.sort(WorkItem.URGENT_FIRST);
        return work;
    }

    private Optional<TrainingDashboard> training(Actor actor, int year) {
        try {
            return Optional.of(plans.dashboard(actor.orgId(), year));
        } catch (NotFoundException e) {
            // A party group's secretary: training is recorded by the branch, not the group.
            return Optional.empty();
        }
    }

    private List<CampaignFigure> campaigns(int year, LocalDate today) {
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

    private IncentiveFigures incentive(Actor actor, int year) {
        return new IncentiveFigures(pay.yearUnder(actor.orgId(), year).orElse(null),
                care.membersHelped(actor.orgId(), year));
    }
}
