package org.jiceng.target.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.Actor;
import org.jiceng.shared.Role;
import org.jiceng.shared.work.WorkItem;
import org.jiceng.shared.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * 目标责任书 at a desk: the township's draft letters to issue and issued ones with villages still to sign; a village
 * secretary's copies awaiting signature.
 */
@Component
class LetterWork implements WorkSource {

    private static final String PROJECT = "目标责任";

    private final LetterRepository letters;

    LetterWork(LetterRepository letters) {
        this.letters = letters;
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        List<WorkItem> work = new ArrayList<>();
        int year = today.getYear();
        if (actor.role() == Role.TOWNSHIP_OFFICER || actor.role() == Role.COUNTY_OFFICER) {
            for (LetterRepository.Pending p : letters.pendingOf(actor.orgId(), year)) {
                String href = "/target-letters/" + p.id();
                if (p.status() == LetterStatus.DRAFT) {
                    work.add(WorkItem.of(PROJECT, "下达目标责任书：" + p.title(), "草拟中，已有" + p.items() + "项", href,
                            null, today));
                } else if (p.unsigned() > 0) {
                    work.add(WorkItem.of(PROJECT, "登记签订：" + p.title(), p.unsigned() + "个村尚未签订", href + "#board",
                            null, today));
                }
            }
        } else if (actor.role() == Role.BRANCH_SECRETARY) {
            for (LetterRepository.Pending p : letters.unsignedCopiesOf(actor.orgId(), year)) {
                work.add(WorkItem.of(PROJECT, "签订目标责任书：" + p.title(), p.issuer() + "已下达，签订后由乡镇登记",
                        "/target-letters/copies/" + p.id(), null, today));
            }
        }
        return work;
    }
}
