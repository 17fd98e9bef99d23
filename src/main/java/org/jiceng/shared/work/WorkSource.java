package org.jiceng.shared.work;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.Actor;

/**
 * A module's tasks for a signed-in user on the business date: what is at their desk (to fill in, review, approve,
 * correct, select), each with a link to where it is done. Reads only; at most a few queries per call.
 */
public interface WorkSource {

    List<WorkItem> waitingFor(Actor actor, LocalDate today);
}
