package org.jiceng.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.jiceng.shared.metrics.OrgBatches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Row locks on the register for another module's writes that must run one after the other per person or per org
 * (training's rollups recount a person's hours or a branch's meetings after each write). The locks are taken here,
 * where the rows are owned, and held until the caller's transaction ends. Always in id order, so two writers never
 * wait on each other in a circle.
 */
@Component
public class RegisterLocks {

    private final JdbcClient jdbc;

    RegisterLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks these people's rows (in id order, a chunk at a time) until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockPeople(Collection<Long> personIds) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(personIds));
        for (List<Long> chunk : OrgBatches.chunks(ids)) {
            jdbc.sql("SELECT id FROM people WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", chunk)
                    .query(Long.class).list();
        }
    }

    /** Locks an org's row until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockOrg(long orgId) {
        jdbc.sql("SELECT id FROM orgs WHERE id = ? FOR UPDATE").param(orgId).query(Long.class).list();
    }
}
