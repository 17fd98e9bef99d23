package org.jiceng.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jiceng.documents.BasisDocuments;
import org.jiceng.documents.BasisSubject;
import org.jiceng.incentive.pay.standard.PayStandardForm;
import org.jiceng.incentive.pay.standard.PayStandardService;
import org.jiceng.incentive.pay.standard.TopUpForm;
import org.jiceng.organization.CadreForm;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.PeopleService;
import org.jiceng.organization.PostQueries;
import org.jiceng.organization.PostService;
import org.jiceng.organization.VillageCadre;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * What the seed's pay ({@link PayDemo}) stands on, through the real services:
 * <ul>
 *   <li>the county's 2009 standard (an example: no 凤翔 figure is public; ratios after research §2.12), copied to 2010
 *       with raised basic pay; 范家寨乡 tops up its secretaries by 30 yuan a month in 2010, citing its rules;</li>
 *   <li>the villages' cadres of the previous term (2007–2010, re-elected in January 2010) where the register holds only
 *       the current term, so 2009 is paid to cadres in post at the time.</li>
 * </ul>
 * The caller clears the security context.
 */
@Component
class PayStandardsDemo {

    static final LocalDate PREVIOUS_TERM = LocalDate.of(2007, 1, 15);

    private final PayStandardService standards;
    private final PostService postService;
    private final PostQueries posts;
    private final PeopleService people;
    private final OrgTree tree;
    private final UserDetailsService accounts;
    private final BasisDocuments basis;
    private final JdbcTemplate jdbc;

    PayStandardsDemo(PayStandardService standards, PostService postService, PostQueries posts, PeopleService people,
                     OrgTree tree, UserDetailsService accounts, BasisDocuments basis, JdbcTemplate jdbc) {
        this.standards = standards;
        this.postService = postService;
        this.posts = posts;
        this.people = people;
        this.tree = tree;
        this.accounts = accounts;
        this.basis = basis;
        this.jdbc = jdbc;
    }

    void load(long fanjiazhai, long hanfeng) {
        as("county", () -> standards.save(2009, standard2009(null)));
        as("county", () -> standards.save(2010, raised(standards.copyToNextYear(2009).version())));
        as("fanjiazhai", () -> standards.saveTopups(fanjiazhai, 2010,
                new TopUpForm(List.of(new TopUpForm.Row("01", new BigDecimal("30"))), null)));
        as("fanjiazhai", () -> citeRules(fanjiazhai));
        as("fanjiazhai", () -> previousTerms(fanjiazhai));
        as("hanfeng", () -> previousTerms(hanfeng));
    }

    /** 范家寨乡's top-up rests on its 《乡村干部考核管理办法》 (范发〔2010〕5号). */
    private Object citeRules(long fanjiazhai) {
        long document = jdbc.queryForObject("SELECT id FROM basis_documents WHERE doc_number = ?", Long.class,
                "范发〔2010〕5号");
        basis.cite(document, new BasisSubject("PAY_TOPUP", BasisSubject.orgYear(fanjiazhai, 2010), fanjiazhai,
                "范家寨乡2010年度村干部报酬补贴"), null);
        return null;
    }

    private PayStandardForm standard2009(Long version) {
        return new PayStandardForm(10, 15, 1, false, new BigDecimal("50"), new BigDecimal("100"),
                "示例标准：凤翔县报酬标准未公开，按“其他村干部为书记的80%–90%”等做法拟定（研究资料§2.12）",
                List.of(post("01", "380", "1200"), post("02", "300", "960"), post("03", "340", "1080"),
                        post("04", "280", "900"), post("05", "260", "800"), post("07", "300", "960")),
                List.of(new PayStandardForm.CapRow(0, 3), new PayStandardForm.CapRow(1500, 5)),
                List.of(grade("优秀", "100"), grade("称职", "80"), grade("基本称职", "50"), grade("不称职", "0")), version);
    }

    /** 2010: basic pay raised, the rest as 2009. */
    private PayStandardForm raised(long version) {
        PayStandardForm f = standard2009(version);
        return new PayStandardForm(f.dueDay(), f.countedDay(), f.performanceDueMonth(), f.overdraftAllowed(),
                f.topupLimit(), f.onTimeTarget(), f.note(),
                List.of(post("01", "400", "1200"), post("02", "320", "960"), post("03", "360", "1080"),
                        post("04", "300", "900"), post("05", "280", "800"), post("07", "320", "960")),
                f.caps(), f.grades(), version);
    }

    /** The same cadres in the previous term where the register holds nobody paid in post during 2009. */
    private Object previousTerms(long township) {
        for (OrgSummary village : villages(township)) {
            LocalDate from = LocalDate.of(2009, 1, 1);
            LocalDate to = LocalDate.of(2009, 12, 31);
            List<VillageCadre> current = posts.paidCadresDuring(village.id(), LocalDate.of(2010, 5, 5),
                    LocalDate.of(2010, 5, 5));
            for (VillageCadre c : current) {
                boolean heldIn2009 = posts.paidCadresDuring(village.id(), from, to).stream()
                        .anyMatch(p -> p.post().equals(c.post()));
                if (heldIn2009 || !c.termStart().isAfter(from)) {
                    continue;
                }
                LocalDate confirmed = people.get(c.personId()).confirmedOn();
                LocalDate start = confirmed != null && confirmed.isAfter(PREVIOUS_TERM) ? confirmed : PREVIOUS_TERM;
                if (start.isBefore(c.termStart())) {
                    postService.addCadre(village.id(), new CadreForm(c.personId(), c.post(), start, c.termStart(),
                            c.concurrentHead(), true, null));
                }
            }
        }
        return null;
    }

    private List<OrgSummary> villages(long township) {
        return tree.children(township).stream().filter(o -> o.type().isVillageLevel()).toList();
    }

    private static PayStandardForm.PostRow post(String code, String basic, String performance) {
        return new PayStandardForm.PostRow(code, new BigDecimal(basic), new BigDecimal(performance));
    }

    private static PayStandardForm.GradeRow grade(String name, String percent) {
        return new PayStandardForm.GradeRow(name, new BigDecimal(percent));
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
