package org.jiceng.incentive.pay.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiceng.shared.Actor;
import org.jiceng.shared.Role;
import org.jiceng.shared.work.WorkItem;
import org.jiceng.shared.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * 激励保障 tasks of a township officer: each pay run of the year with cadres still to be paid — not yet due, or
 * already late (逾期未发) or short (未足额) — so pay arrives 按时足额.
 */
@Component
class PayWork implements WorkSource {

    private final PayRunRepository repository;

    PayWork(PayRunRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (actor.role() != Role.TOWNSHIP_OFFICER) {
            return List.of();
        }
        Map<Long, PayRun> runs = repository.runs(actor.orgId(), today.getYear()).stream()
                .collect(Collectors.toMap(PayRun::id, Function.identity()));
        Map<Long, List<PayLine>> open = repository.linesOfYear(List.of(actor.orgId()), today.getYear(), today).stream()
                .map(PayRunRepository.RunLine::line)
                .filter(l -> l.status() == LineStatus.PENDING || l.status() == LineStatus.UNPAID
                        || l.status() == LineStatus.SHORT)
                .collect(Collectors.groupingBy(PayLine::runId));
        List<WorkItem> work = new ArrayList<>();
        open.forEach((runId, lines) -> {
            PayRun run = runs.get(runId);
            if (run == null) {
                return;
            }
            long late = lines.stream().filter(l -> l.status() != LineStatus.PENDING).count();
            work.add(WorkItem.of("激励保障", "发放村干部报酬：" + run.label(),
                    lines.size() + "人待发放" + (late > 0 ? "，其中" + late + "人已逾期或未足额" : ""),
                    "/pay/runs/" + runId, run.dueDate(), today));
        });
        return work;
    }
}
