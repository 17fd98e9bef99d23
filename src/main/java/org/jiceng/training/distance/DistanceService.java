package org.jiceng.training.distance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.Text;
import org.jiceng.training.hours.HourRules;
import org.jiceng.training.meeting.MeetingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distance-education sites of village branches and their playback logs (research §2.8). A month is met when the site
 * held at least the county's minimum of group playbacks and hours that month (2010: 2 and 20); the minimums are the
 * county's data per year, carried over until changed. Playbacks are logged after they happen, never in the future.
 */
@Service
@Transactional
public class DistanceService {

    static final String SITE = "DISTANCE_SITE";

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final HourRules rules;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DistanceService(JdbcClient jdbc, MeetingService meetings, HourRules rules, DataScope scope,
                    ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.rules = rules;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public DistanceSite site(long siteId, int year) {
        return sites("s.id = :site", Map.of("site", siteId), year).stream().findFirst()
                .filter(s -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, s.orgId(), null)))
                .orElseThrow(() -> NotFoundException.of("远程教育站点", siteId));
    }

    /** Sites under the org in scope, with their playbacks and hours in the year. */
    @Transactional(readOnly = true)
    public List<DistanceSite> sites(long orgId, int year) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "s.org_id", null);
        Map<String, Object> params = new HashMap<>(scoped.params());
        params.put("org", orgId);
        return sites(scoped.predicate() + " AND " + ScopedSql.underOrg("s.org_id", "org"), params, year);
    }

    public DistanceSite create(SiteForm form) {
        OrgSummary branch = meetings.branch(form.orgId());
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO distance_sites (org_id, name, administrator, equipment, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, 0, ?, ?)""")
                .params(branch.id(), form.name().trim(), blank(form.administrator()), blank(form.equipment()), now, now)
                .update(keys, "id");
        DistanceSite created = site(keys.getKey().longValue(), now.getYear());
        events.publishEvent(Audited.created(SITE, created.id(), created.name(), branch.id(), created));
        return created;
    }

    public Playback addPlayback(long siteId, PlaybackForm form) {
        DistanceSite site = site(siteId, form.playedOn().getYear());
        if (form.playedOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("playedOn", "只登记已组织的收看：日期不能晚于今天（" + LocalDate.now(clock) + "）");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO distance_playbacks (site_id, played_on, hours, programme, attendees, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(siteId, form.playedOn(), form.hours(), form.programme().trim(), form.attendees(),
                        scope.requireActor().username(), LocalDateTime.now(clock))
                .update(keys, "id");
        Playback added = playbacks(siteId, form.playedOn().getYear()).stream()
                .filter(p -> p.id() == keys.getKey().longValue()).findFirst().orElseThrow();
        events.publishEvent(new Audited("PLAYBACK_ADD", SITE, siteId, site.name(), site.orgId(), null, added));
        return added;
    }

    @Transactional(readOnly = true)
    public List<Playback> playbacks(long siteId, int year) {
        return jdbc.sql("""
                SELECT * FROM distance_playbacks WHERE site_id = ? AND played_on BETWEEN ? AND ?
                ORDER BY played_on DESC, id DESC""")
                .params(siteId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, i) -> new Playback(rs.getLong("id"), rs.getObject("played_on", LocalDate.class),
                        rs.getBigDecimal("hours"), rs.getString("programme"), rs.getInt("attendees"),
                        rs.getString("created_by")))
                .list();
    }

    /** The site's twelve months of the year against the county's minimums. */
    @Transactional(readOnly = true)
    public List<SiteMonth> months(long siteId, int year) {
        DistanceSite site = site(siteId, year);
        var rule = jdbc.sql("""
                SELECT min_sessions, min_hours FROM distance_rules WHERE org_id = ? AND rule_year <= ?
                ORDER BY rule_year DESC LIMIT 1""").params(rules.countyOf(site.orgId()), year)
                .query((rs, i) -> new Object[] {rs.getInt("min_sessions"), rs.getBigDecimal("min_hours")}).optional();
        int[] playbacks = new int[13];
        BigDecimal[] hours = new BigDecimal[13];
        java.util.Arrays.fill(hours, BigDecimal.ZERO);
        for (Playback p : playbacks(siteId, year)) {
            int m = p.playedOn().getMonthValue();
            playbacks[m]++;
            hours[m] = hours[m].add(p.hours());
        }
        List<SiteMonth> months = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int m = 1; m <= 12; m++) {
            Boolean met = null;
            if (rule.isPresent() && !YearMonth.of(year, m).atEndOfMonth().isAfter(today)) {
                met = playbacks[m] >= (Integer) rule.get()[0] && hours[m].compareTo((BigDecimal) rule.get()[1]) >= 0;
            }
            months.add(new SiteMonth(m, playbacks[m], hours[m], met));
        }
        return months;
    }

    private List<DistanceSite> sites(String where, Map<String, Object> params, int year) {
        return jdbc.sql("""
                SELECT s.*, o.short_name AS org_name,
                  (SELECT COUNT(*) FROM distance_playbacks p WHERE p.site_id = s.id AND p.played_on BETWEEN :from AND :to) AS playbacks,
                  (SELECT COALESCE(SUM(p.hours), 0) FROM distance_playbacks p WHERE p.site_id = s.id
                     AND p.played_on BETWEEN :from AND :to) AS hours
                FROM distance_sites s JOIN orgs o ON o.id = s.org_id WHERE """ + " " + where + " ORDER BY o.sort_order, s.id")
                .params(params).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, i) -> new DistanceSite(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                        rs.getString("name"), rs.getString("administrator"), rs.getString("equipment"),
                        rs.getLong("version"), rs.getInt("playbacks"), rs.getBigDecimal("hours")))
                .list();
    }

    private static String blank(String value) {
        return Text.clean(value);
    }
}
