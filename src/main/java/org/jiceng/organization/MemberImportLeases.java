package org.jiceng.organization;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Member imports belong to the instance that validates them. That instance holds a lease on each import it has
 * queued or is checking and renews it every {@link #RENEW} ({@code member_imports.owner}, {@code lease_until}); the
 * lease runs out only when the instance stops. At start and every minute each instance sweeps: an import whose lease
 * has run out fails with a message (the user may discard it and upload again), staged rows of imports that are over
 * (failed, discarded, committed) are deleted, and upload files left in the temp directory by a stopped instance go.
 * Lease times are wall-clock times (not the business date); instances keep their clocks in step (NTP).
 */
@Component
class MemberImportLeases {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration RENEW = Duration.ofSeconds(20);
    /** Upload files older than this, not held by this instance, belong to no running validation. */
    static final Duration ORPHAN_FILE_AGE = Duration.ofHours(1);
    static final String FILE_PREFIX = "jiceng-import-";
    private static final Logger log = LoggerFactory.getLogger(MemberImportLeases.class);

    private final MemberImportRepository imports;
    private final String node = newNodeId();
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "member-import-lease");
        thread.setDaemon(true);
        return thread;
    });

    private final Clock clock;

    MemberImportLeases(MemberImportRepository imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    String node() {
        return node;
    }

    LocalDateTime until() {
        return LocalDateTime.now().plus(LEASE);
    }

    /** This instance has queued the import: it keeps the lease (taken at upload) until {@link #release}. */
    void hold(long importId, Path file) {
        held.add(importId);
        files.add(file);
    }

    void release(long importId, Path file) {
        held.remove(importId);
        files.remove(file);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        sweep();
        timer.scheduleWithFixedDelay(this::renewQuietly, RENEW.toSeconds(), RENEW.toSeconds(), TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::sweepQuietly, 60, 60, TimeUnit.SECONDS);
    }

    void renew() {
        if (!held.isEmpty()) {
            imports.renew(held, node, until());
        }
    }

    /** Fails imports whose lease has run out, deletes staged rows of finished imports and orphaned upload files. */
    void sweep() {
        int failed = imports.failExpired("校验因处理该导入的服务器停止而中断，未导入任何数据：请放弃后重新上传",
                LocalDateTime.now(clock), LocalDateTime.now());
        int rows = imports.deleteRowsOfFinished();
        int deleted = deleteOrphanedFiles();
        if (failed + rows + deleted > 0) {
            log.warn("Member import sweep: {} imports failed (lease ran out), {} staged rows and {} upload files deleted",
                    failed, rows, deleted);
        }
    }

    private int deleteOrphanedFiles() {
        int deleted = 0;
        Instant before = Instant.now().minus(ORPHAN_FILE_AGE);
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, FILE_PREFIX + "*.xlsx")) {
            for (Path file : stream) {
                if (!files.contains(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not sweep upload files in {}: {}", dir, e.getMessage());
        }
        return deleted;
    }

    private void renewQuietly() {
        try {
            renew();
        } catch (RuntimeException e) {
            log.warn("Could not renew member import leases: {}", e.getMessage());
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Member import sweep failed: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    private static String newNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "node";
        }
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }
}
