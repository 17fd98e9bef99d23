package org.jiceng.audit;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the audit log's hash chain from its first entry to the head: each entry's hash recomputed from its stored
 * content and the previous hash, an entry outside the chain (written around the application), and the head's hash
 * (entries deleted at the end). Reads page by page, so a log of millions of entries needs little memory.
 */
@Component
public class AuditVerifier {

    private static final int PAGE = 5_000;

    private final JdbcClient jdbc;
    private final AuditChain chain;

    AuditVerifier(JdbcClient jdbc, AuditChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    /**
     * Checks the whole chain; entries from before V60 are hashed first if no writer has done it yet. Reads without
     * holding the head, so writers go on; the check covers the chain up to the head seen when it starts.
     */
    public AuditIntegrity verify() {
        AuditChain.Head head = chain.head();
        String hash = AuditHash.GENESIS;
        long after = Long.MIN_VALUE;
        long count = 0;
        while (true) {
            List<AuditHash.Entry> page = jdbc.sql("SELECT " + AuditHash.COLUMNS + " FROM audit_entries"
                            + " WHERE chain_seq > ? AND chain_seq <= ? ORDER BY chain_seq FETCH FIRST " + PAGE + " ROWS ONLY")
                    .params(after, head.seq()).query((rs, i) -> AuditHash.Entry.of(rs)).list();
            for (AuditHash.Entry entry : page) {
                hash = entry.hashAfter(hash);
                count++;
                if (!hash.equals(entry.storedHash())) {
                    return broken(count, entry.id(), "第 " + count + " 条起断裂：审计记录 #" + entry.id()
                            + " 的内容与哈希不符（该记录或其前一条被改动、插入或删除）");
                }
                after = entry.seq();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Long outside = jdbc.sql("SELECT MIN(id) FROM audit_entries WHERE chain_seq IS NULL OR (chain_seq > ? AND entry_hash IS NULL)")
                .param(head.seq()).query(Long.class).optional().orElse(null);
        if (outside != null) {
            return broken(count, outside, "审计记录 #" + outside + " 不在哈希链中（未经系统写入）");
        }
        if (!hash.equals(head.hash())) {
            return broken(count, null, "链尾的审计记录缺失：共校验 " + count + " 条，与链头记录不符");
        }
        return new AuditIntegrity(true, count, null, "完整：共 " + count + " 条审计记录，哈希链无断裂", LocalDateTime.now());
    }

    private static AuditIntegrity broken(long count, Long id, String message) {
        return new AuditIntegrity(false, count, id, message, LocalDateTime.now());
    }
}
