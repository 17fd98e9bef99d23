package org.jiceng.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jiceng.assessment.commendation.CommendationCall;
import org.jiceng.assessment.commendation.CommendationForm;
import org.jiceng.assessment.commendation.CommendationService;
import org.jiceng.assessment.commendation.Nomination;
import org.jiceng.assessment.commendation.NominationService;
import org.jiceng.organization.PersonFlagKind;
import org.jiceng.organization.RegisterSql;
import org.jiceng.review.ReviewAction;
import org.jiceng.shared.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The seed's 2010 call 引领群众致富优秀共产党员标兵 (quotas 范家寨乡 9, 汉封乡 8), under way through the real services:
 * 范家寨乡 has nominated five (three passed by the township, two waiting for it), 汉封乡 four submitted and one still
 * a draft of 程家塬村's secretary; 关村村's secretary carries the 2010 诫勉谈话 flag written by 汉封乡's talk record
 * ({@link IncentiveCareDemo#guancunAdmonishment}), so nominating them is refused.
 */
@Component
class CommendationDemo {

    static final String TITLE = "引领群众致富优秀共产党员标兵";

    private static final List<String> DEEDS = List.of(
            "带头发展花椒种植，成立专业合作社，带动全村一百余户户均增收四千元。",
            "创办苗木基地，吸纳本村三十多名富余劳动力就业，手把手传授嫁接技术。",
            "牵头流转土地发展设施蔬菜，统一销售，帮助十二户困难群众脱贫。",
            "返乡创办养殖场，免费为周边群众提供仔猪和防疫指导，带富一方。",
            "组织劳务输出队，常年带领六十余名村民外出务工，年人均收入两万元以上。",
            "推广核桃丰产栽培技术，培训群众四百余人次，全村核桃亩产翻番。");

    private final CommendationService commendations;
    private final NominationService nominations;
    private final IncentiveCareDemo talks;
    private final UserDetailsService accounts;
    private final BusinessClock clock;
    private final JdbcTemplate jdbc;

    CommendationDemo(CommendationService commendations, NominationService nominations, IncentiveCareDemo talks,
                     UserDetailsService accounts, JdbcTemplate jdbc, BusinessClock clock) {
        this.clock = clock;
        this.commendations = commendations;
        this.nominations = nominations;
        this.talks = talks;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    void load(long county) {
        try {
            long fanjiazhai = org("范家寨乡");
            long hanfeng = org("汉封乡");
            // The county issued the call in mid-April: nominations by 15 May, township review by 25 May, county by 4 June.
            LocalDate issued = LocalDate.of(2010, 4, 15);
            CommendationCall call;
            try (var onThatDay = clock.travelTo(issued)) {
                call = as("county", () -> commendations.open(new CommendationForm(TITLE, 2010,
                        issued.plusDays(30), issued.plusDays(40), issued.plusDays(50), 7,
                        Map.of(fanjiazhai, 9, hanfeng, 8),
                        List.of(PersonFlagKind.values()))));
            }
            talks.guancunAdmonishment();

            List<Long> fan = firstMembersOf(List.of("范家寨村", "凉泉村", "八旗屯村", "庙底村", "石头坡村"));
            for (int i = 0; i < fan.size(); i++) {
                long person = fan.get(i);
                String deeds = DEEDS.get(i % DEEDS.size());
                Nomination n = as("fanjiazhai", () -> nominations.nominate(call.id(), person, deeds));
                Nomination submitted = as("fanjiazhai",
                        () -> nominations.act(n.id(), ReviewAction.SUBMIT, n.itemVersion(), null));
                if (i < 3) {
                    as("county", () -> nominations.act(submitted.id(), ReviewAction.REVIEW,
                            submitted.itemVersion(), null));
                }
            }
            List<Long> han = firstMembersOf(List.of("汉封村", "冯家山村", "卫家庄村"));
            han = new java.util.ArrayList<>(han);
            han.add(members("关村村").get(1));
            for (int i = 0; i < han.size(); i++) {
                long person = han.get(i);
                String deeds = DEEDS.get((i + 2) % DEEDS.size());
                Nomination n = as("hanfeng", () -> nominations.nominate(call.id(), person, deeds));
                as("hanfeng", () -> nominations.act(n.id(), ReviewAction.SUBMIT, n.itemVersion(), null));
            }
            long cheng = members("程家塬村").get(0);
            as("chengjiayuan", () -> nominations.nominate(call.id(), cheng, DEEDS.get(0)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long org(String shortName) {
        return jdbc.queryForObject("SELECT id FROM orgs WHERE short_name = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                Long.class, shortName);
    }

    private List<Long> members(String village) {
        return jdbc.queryForList("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND\s""" + RegisterSql.member("p") + " ORDER BY p.id", Long.class, village);
    }

    private List<Long> firstMembersOf(List<String> villages) {
        return villages.stream().map(v -> members(v).get(1)).toList();
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
