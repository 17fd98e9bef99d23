package org.jiceng.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jiceng.documents.BasisDocuments;
import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.DocumentRef;
import org.jiceng.shared.pdf.PdfDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The seed's documents, recorded by the townships' officers through the register's service: 郭店镇's three documents of
 * 2010 (the training 实施方案, the 争先创优 意见 and the 激励保障 意见 — "先后下发了……等3个文件") and 范家寨乡's two rule
 * documents 《范家寨乡乡村干部考核管理办法》 and 《范家寨乡干部管理奖惩制度》 ("今年乡党委出台制定"), each with a short
 * PDF of its text; 郭店镇's 2010 training plan cites its 实施方案. Numbers and dates (Jan–Apr 2010) are plausible
 * inventions; the seed gives neither.
 */
@Component
class DocumentsDemo {

    record Demo(String account, String org, String number, String title, String kind, LocalDate issuedOn,
                String summary, List<String> paragraphs) {
    }

    static final List<Demo> DOCUMENTS = List.of(
            new Demo("guodian", "中共郭店镇委员会", "郭发〔2010〕3号", "关于认真搞好农村基层干部年度培训工作的实施方案", "04",
                    LocalDate.of(2010, 2, 26), "分解、细化全镇2010年农村基层干部培训任务：培训对象、内容、方式、时间安排和责任分工。",
                    List.of("为认真贯彻落实县委实施农村基层组织建设“三大工程”的意见，扎实推进全镇农村基层干部培训工作，"
                                    + "提升党员干部素质，结合我镇实际，制定本方案。",
                            "一、培训对象。全镇14个村的村党支部书记、村委会主任、村“两委”成员、后备干部和农村党员。",
                            "二、培训内容。党的路线方针政策、科学发展观、新农村建设、大棚西瓜和奶牛养殖等实用技术、市场营销知识。",
                            "三、培训方式。以镇党校集中培训为主，结合远程教育站点播放、以会代训和现场观摩，分季度安排培训场次，"
                                    + "做到人员、时间、内容、效果四落实。",
                            "四、责任分工。镇党委书记负总责，组织委员具体抓，包村干部负责本村参训人员的组织和考勤，"
                                    + "培训情况纳入年终目标责任考核。")),
            new Demo("guodian", "中共郭店镇委员会", "郭发〔2010〕7号", "关于实施农村基层组织建设争先创优工程的意见", "03",
                    LocalDate.of(2010, 3, 10), "争创“五个好”先进乡镇党委和村党组织、争创引领群众致富优秀共产党员标兵：目标、措施和奖惩。",
                    List.of("为深入开展创先争优活动，全面提升全镇农村基层组织建设整体水平，现就实施争先创优工程提出如下意见。",
                            "一、目标任务。积极倡导全镇农村基层组织争创“五个好”先进村党组织，倡导农村党员争创引领群众致富优秀共产党员标兵。",
                            "二、主要措施。采取召开会议、举办专题讲座、办板报专栏、悬挂横幅、张贴标语、印发资料等形式搞好宣传教育，"
                                    + "做到“创先争优”家喻户晓、人人皆知、个个参与。",
                            "三、落实责任。对争先创优工程早安排、早部署，层层落实责任，严格奖惩兑现，做到一级抓一级、级级抓落实。")),
            new Demo("guodian", "中共郭店镇委员会", "郭发〔2010〕8号", "关于实施农村基层组织建设激励保障工程的意见", "03",
                    LocalDate.of(2010, 3, 18), "落实村干部报酬待遇，实行目标责任考核，奖优罚劣，关心生活困难的党员干部。",
                    List.of("为充分调动农村基层干部的工作积极性，保障农村基层组织正常运转，现就实施激励保障工程提出如下意见。",
                            "一、落实报酬待遇。村干部报酬按时足额发放，实行专账管理，任何单位和个人不得截留挪用。",
                            "二、实行目标管理。镇党委与各村签订年度目标责任书，年终进行目标责任考核，考核结果与村干部报酬挂钩。",
                            "三、严格奖惩兑现。对工作实绩突出的村党组织和村干部给予表彰奖励，对工作不力的进行诫勉谈话。",
                            "四、关心关爱。对生活困难的党员和村干部，在生产生活等方面优先扶持照顾。")),
            new Demo("fanjiazhai", "中共范家寨乡委员会", "范发〔2010〕5号", "范家寨乡乡村干部考核管理办法", "01",
                    LocalDate.of(2010, 3, 8), "乡、村干部考核的对象、内容、方法和结果运用；中心工作实行台账日记法，年终目责考核。",
                    List.of("第一条  为加强乡村干部队伍建设，建立科学的考核评价机制，充分调动乡村干部工作积极性，制定本办法。",
                            "第二条  本办法适用于乡机关干部和各村党支部书记、村委会主任及其他村干部。",
                            "第三条  考核坚持平时考核与年终考核相结合，从德、能、勤、绩、廉五个方面进行。",
                            "第四条  对招商引资、项目发展、发展特色产业和新农村建设等中心工作完成情况实行台账日记法，"
                                    + "逐日记载，作为年终目标责任考核的依据。",
                            "第五条  考核结果分为优秀、称职、基本称职、不称职四个等次，与报酬发放、评先选优挂钩。",
                            "第六条  本办法由乡党委负责解释，自发布之日起施行。")),
            new Demo("fanjiazhai", "中共范家寨乡委员会", "范发〔2010〕6号", "范家寨乡干部管理奖惩制度", "02",
                    LocalDate.of(2010, 3, 8), "依据考核结果奖优罚劣：“五个好”村党支部和先进工作者发给补贴，中心工作优秀的加分并发给单项工作奖。",
                    List.of("第一条  为严格干部管理，依据考核结果加大奖惩力度，根据《范家寨乡乡村干部考核管理办法》，制定本制度。",
                            "第二条  对达到“五个好”标准的村党支部和村干部中的先进工作者，发给一定数量的补贴。",
                            "第三条  在招商引资、项目发展、发展特色产业和新农村建设等中心工作中成绩优秀的，年终目责考核加分，并发给单项工作奖。",
                            "第四条  对工作不负责任、完不成目标任务的，视情节给予诫勉谈话、通报批评，取消当年评先资格。",
                            "第五条  对生活经济困难的村干部，优先考虑生产生活等方面的扶持照顾。",
                            "第六条  本制度自发布之日起施行。")));

    private final BasisDocuments basis;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DocumentsDemo(BasisDocuments basis, UserDetailsService accounts, JdbcTemplate jdbc, Clock clock) {
        this.basis = basis;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(long county) {
        try {
            DocumentRef trainingPlan = null;
            for (Demo demo : DOCUMENTS) {
                DocumentRef created = as(demo.account(), () -> basis.record(demo.number(), demo.title(), demo.kind(),
                        demo.issuedOn(), demo.summary(), demo.title() + ".pdf", pdf(demo)));
                if (trainingPlan == null) {
                    trainingPlan = created;
                }
            }
            long guodian = jdbc.queryForObject("SELECT id FROM orgs WHERE parent_id = ? AND short_name = '郭店镇'",
                    Long.class, county);
            long documentId = trainingPlan.id();
            as("guodian", () -> {
                basis.cite(documentId, new BasisSubject("TRAINING_PLAN", BasisSubject.orgYear(guodian, 2010), guodian,
                        "郭店镇2010年培训计划"), "分解、细化年度培训工作任务");
                return null;
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private byte[] pdf(Demo demo) {
        PdfDocument pdf = PdfDocument.portrait(demo.title(), clock).subtitle(demo.number());
        demo.paragraphs().forEach(pdf::paragraph);
        return pdf.signature(demo.org(), demo.issuedOn()).finish();
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
