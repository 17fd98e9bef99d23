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

    /**
     * Whether the tasks follow from the records of the user's org and role alone (the same for every officer of that
     * role at that org, changed only by an audited write in its county), so that the workbench may keep them with the
     * org's figures until such a write. A source that reads anything else (accounts) answers false and is asked on
     * every view.
     */
    default boolean followsOrgRecords() {
        return true;
    }
}
