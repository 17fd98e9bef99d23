package org.jiceng.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Links audit entries into the hash chain ({@link AuditHash}). Entries are written unlinked during a transaction and
 * linked just before it commits, in the same transaction: the writer locks the chain's head row ({@code audit_chain},
 * {@code SELECT … FOR UPDATE}, held until commit), gives each entry the next place and its hash, and moves the head.
 * Concurrent writers on any instance thus append one after the other; the head lock is the last lock a transaction
 * takes, so it cannot deadlock with the business rows it changed.
 */
@Component
class AuditChain {

    private static final int PAGE = 2_000;

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Links the entry into the chain when the current transaction commits. The transaction's pending entries are
     * found as a resource bound to it, not by scanning its synchronizations: a transaction that writes thousands of
     * entries (the demo county's load) registers thousands of them, and each scan sorts them all.
     */
    void linkOnCommit(long entryId) {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
            TransactionSynchronizationManager.bindResource(this, pending);
        }
        pending.ids.add(entryId);
    }

    /** The head of the chain as committed, after hashing the entries from before V60 if no one has yet. */
    @Transactional
    public Head head() {
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1")
                .query((rs, i) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
        return head.hash() == null ? lockHead() : head;
    }

    /** The head of the chain, locked until the current transaction ends; legacy entries hashed first if need be. */
    Head lockHead() {
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
        return head.hash() == null ? sealLegacy(head.seq()) : head;
    }

    private void link(List<Long> ids) {
        Head head = lockHead();
        long seq = head.seq();
        String hash = head.hash();
        for (Long id : ids) {
            seq++;
            jdbc.sql("UPDATE audit_entries SET chain_seq = ? WHERE id = ?").params(seq, id).update();
            AuditHash.Entry entry = jdbc.sql("SELECT " + AuditHash.COLUMNS + " FROM audit_entries WHERE id = ?")
                    .param(id).query((rs, i) -> AuditHash.Entry.of(rs)).single();
            hash = entry.hashAfter(hash);
            jdbc.sql("UPDATE audit_entries SET entry_hash = ? WHERE id = ?").params(hash, id).update();
        }
        moveHead(seq, hash);
    }

    /**
     * Entries written before the chain existed (V60 gave them their id as place) are hashed in place order, once, by
     * the first writer or verification that finds the head without a hash.
     */
    private Head sealLegacy(long lastSeq) {
        String hash = AuditHash.GENESIS;
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditHash.Entry> page = jdbc.sql("SELECT " + AuditHash.COLUMNS + " FROM audit_entries"
                            + " WHERE chain_seq > ? AND chain_seq <= ? ORDER BY chain_seq FETCH FIRST " + PAGE + " ROWS ONLY")
                    .params(after, lastSeq).query((rs, i) -> AuditHash.Entry.of(rs)).list();
            for (AuditHash.Entry entry : page) {
                hash = entry.hashAfter(hash);
                jdbc.sql("UPDATE audit_entries SET entry_hash = ? WHERE id = ?").params(hash, entry.id()).update();
                after = entry.seq();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        moveHead(lastSeq, hash);
        return new Head(lastSeq, hash);
    }

    private void moveHead(long seq, String hash) {
        jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
    }

    /** The last place in the chain and its hash. */
    record Head(long seq, String hash) {
    }

    /**
     * The entries written by one transaction, linked just before it commits; bound to the transaction as long as it is
     * the current one (an inner {@code REQUIRES_NEW} transaction gets its own).
     */
    private final class Pending implements TransactionSynchronization {

        private final List<Long> ids = new ArrayList<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AuditChain.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditChain.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            link(ids);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditChain.this);
        }
    }
}
