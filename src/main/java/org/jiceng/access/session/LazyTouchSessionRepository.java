package org.jiceng.access.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store, minus a database write on every request: Spring Session marks a session changed whenever a
 * request touches it, so every page view used to {@code UPDATE SPRING_SESSION} and commit. Here the last-access time
 * is written only when it moved by more than {@code touchInterval}; a request that changes nothing else in the session
 * writes nothing. The idle timeout is therefore kept to within that interval (a 30-minute session may end up to a
 * minute early), which is what we trade for read requests that never write.
 * <p>
 * Within one request ({@link SessionReadOnce}) a session is read from the store once: Spring Session's filter asks
 * for it again after saving it at the end of the request, and gets the one it has just saved.
 */
public final class LazyTouchSessionRepository
        implements FindByIndexNameSessionRepository<LazyTouchSessionRepository.LazyTouchSession>, DisposableBean {

    private final JdbcIndexedSessionRepository jdbcStore;
    private final FindByIndexNameSessionRepository<Session> store;
    private final Duration touchInterval;

    /** The session read in the current request, when a request is open on this thread ({@link SessionReadOnce}). */
    private static final ThreadLocal<LazyTouchSession[]> READ = new ThreadLocal<>();

    /** Opens a request on this thread: sessions read until {@link #endRequest()} are read once. */
    static void beginRequest() {
        READ.set(new LazyTouchSession[1]);
    }

    static void endRequest() {
        READ.remove();
    }

    @SuppressWarnings("unchecked")
    public LazyTouchSessionRepository(JdbcIndexedSessionRepository store, Duration touchInterval) {
        // Its session class is package-private; the sessions it hands out are the ones it takes back.
        this.jdbcStore = store;
        this.store = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) store;
        this.touchInterval = touchInterval;
    }

    @Override
    public void destroy() {
        jdbcStore.destroy(); // stops its expired-session clean-up
    }

    @Override
    public LazyTouchSession createSession() {
        return new LazyTouchSession(store.createSession(), touchInterval);
    }

    @Override
    public void save(LazyTouchSession session) {
        store.save(session.stored);
    }

    @Override
    public LazyTouchSession findById(String id) {
        LazyTouchSession[] read = READ.get();
        if (read != null && read[0] != null && read[0].getId().equals(id)) {
            return read[0];
        }
        Session found = store.findById(id);
        LazyTouchSession session = found == null ? null : new LazyTouchSession(found, touchInterval);
        if (read != null) {
            read[0] = session;
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        forget();
        store.deleteById(id);
    }

    private static void forget() {
        LazyTouchSession[] read = READ.get();
        if (read != null) {
            read[0] = null;
        }
    }

    @Override
    public Map<String, LazyTouchSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, LazyTouchSession> sessions = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> sessions.put(id, new LazyTouchSession(session, touchInterval)));
        return sessions;
    }

    /** A stored session whose last-access time moves only in steps of the touch interval. */
    public static final class LazyTouchSession implements Session {

        private final Session stored;
        private final Duration touchInterval;

        LazyTouchSession(Session stored, Duration touchInterval) {
            this.stored = stored;
            this.touchInterval = touchInterval;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (Duration.between(stored.getLastAccessedTime(), time).compareTo(touchInterval) >= 0) {
                stored.setLastAccessedTime(time);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
