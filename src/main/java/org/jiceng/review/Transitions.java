package org.jiceng.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves one item a step along the review chain for the signed-in user: refuses what {@link ReviewChain} refuses and
 * review of one's own org, opens or clears the 公示 window, records the transition with who and why, and publishes
 * {@link Audited} and {@link ItemMoved}. Runs inside the caller's transaction ({@link ReviewService}).
 */
@Component
class Transitions {

    static final String ITEM = "REVIEW_ITEM";

    private final ReviewRepository repository;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Transitions(ReviewRepository repository, DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    ReviewItem move(ReviewItem before, ReviewAction action, String reason) {
        return move(repository.process(before.processId()).orElseThrow(), before, action, reason);
    }

    /** Moves {@code before} (an item of {@code process}) and publishes {@link ItemMoved} after {@link Audited}. */
    ReviewItem move(ReviewProcess process, ReviewItem before, ReviewAction action, String reason) {
        refusal(before, action, reason).ifPresent(r -> {
            throw new RuleViolationException(before.label() + "：" + r);
        });
        Actor actor = scope.requireActor();
        LocalDate from = before.publicityFrom();
        LocalDate until = before.publicityUntil();
        if (action == ReviewAction.PUBLICIZE) {
            from = LocalDate.now(clock);
            until = ReviewChain.publicityUntil(from, process.publicityDays());
        } else if (action == ReviewAction.UPHOLD || action == ReviewAction.RETURN) {
            from = null;
            until = null;
        }
        ReviewStage to = action.target(before.stage());
        repository.move(before, action, to, Text.clean(reason), actor.username(),
                actor.role().name(), from, until);
        ReviewItem after = repository.item(before.id()).orElseThrow();
        events.publishEvent(new Audited(action.name(), ITEM, before.id(), before.label() + "：" + action.label(),
                before.orgId(), before, after));
        events.publishEvent(new ItemMoved(process.id(), process.kind(), after, action, before.stage()));
        return after;
    }

    Optional<String> refusal(ReviewItem item, ReviewAction action, String reason) {
        Actor actor = scope.requireActor();
        if (action != ReviewAction.SUBMIT && actor.orgId() == item.orgId()) {
            return Optional.of("不能审核本单位自己的事项");
        }
        boolean runsProcess = !action.allowedFor(actor.role()) && runs(actor, item);
        return ReviewChain.refusal(action, item.stage(), actor.role(), runsProcess, reason, item.publicityUntil(),
                item.openObjections(), LocalDate.now(clock));
    }

    /**
     * Whether a township officer decides in the item's process: it is the township's own (a township's assessment of
     * its villages, opened with {@code ownerDecides}); a township's 奖惩 still goes to the county.
     */
    boolean runs(Actor actor, ReviewItem item) {
        return actor.role() == org.jiceng.shared.Role.TOWNSHIP_OFFICER && repository.process(item.processId())
                .map(p -> p.ownerDecides() && p.ownerOrgId() == actor.orgId()).orElse(false);
    }
}
