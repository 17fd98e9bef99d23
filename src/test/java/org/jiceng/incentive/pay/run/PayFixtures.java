package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiceng.incentive.pay.standard.PayStandard;
import org.jiceng.incentive.pay.standard.TopUps;
import org.jiceng.organization.VillageCadre;

/** Standards, cadres and lines for the unit tests of pay runs. */
final class PayFixtures {

    static final Map<String, String> POSTS = Map.of("01", "村党组织书记", "02", "村党组织副书记", "03", "村委会主任",
            "05", "村委会委员", "07", "文书", "08", "会计/报账员");

    private PayFixtures() {
    }

    /** 书记 400/1200, 副书记 320/960, 主任 360/1080, 委员 280/800, 文书 320/960; 会计 unpaid; 3 below 1,500 people, 5 from. */
    static PayStandard standard(int year) {
        return new PayStandard(1L, 1, year, 10, 15, 1, false, new BigDecimal("50.00"), new BigDecimal("100.00"), null,
                List.of(post("01", "400.00", "1200.00"), post("02", "320.00", "960.00"), post("03", "360.00", "1080.00"),
                        post("05", "280.00", "800.00"), post("07", "320.00", "960.00")),
                List.of(new PayStandard.Cap(0, 3), new PayStandard.Cap(1500, 5)),
                List.of(new PayStandard.GradeRate("优秀", new BigDecimal("100.00")),
                        new PayStandard.GradeRate("称职", new BigDecimal("80.00")),
                        new PayStandard.GradeRate("基本称职", new BigDecimal("50.00")),
                        new PayStandard.GradeRate("不称职", new BigDecimal("0.00"))), 0);
    }

    static PayStandard.PostPay post(String code, String basic, String performance) {
        return new PayStandard.PostPay(code, POSTS.get(code), new BigDecimal(basic), new BigDecimal(performance));
    }

    static TopUps topups(long township, int year, Map<String, BigDecimal> monthly) {
        return new TopUps(1L, township, year, monthly, 0);
    }

    static VillageCadre cadre(long village, long person, String post, LocalDate start, LocalDate end) {
        return new VillageCadre(person * 10 + post.hashCode() % 7, village, person, "干部" + person, true, post,
                POSTS.get(post), start, end, false, true, end == null, 0);
    }

    static PayLine line(BigDecimal due, BigDecimal paid, LocalDate lastPaid, LineStatus status, String excluded) {
        return new PayLine(1, 1, 1, "范家寨村", 7, "张三", "01", "村党组织书记", 1, null, null, due, BigDecimal.ZERO.setScale(2),
                due, excluded, paid, lastPaid, "一折通", status);
    }
}
