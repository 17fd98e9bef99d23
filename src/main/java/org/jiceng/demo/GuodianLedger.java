package org.jiceng.demo;

import static org.jiceng.demo.LedgerDemo.INDUSTRY;
import static org.jiceng.demo.LedgerDemo.INFRASTRUCTURE;
import static org.jiceng.demo.LedgerDemo.NEW_COUNTRYSIDE;
import static org.jiceng.demo.LedgerDemo.q;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.target.task.CentralTask;

/**
 * 郭店镇's ledger, true to the seed: "继去年投资近100万元对镇区街道进行硬化、亮化工程之后，今春……辅设彩砖6000多平方米，
 * 绿化镇区街道520多米。同时，对石彪公路等6公里路段进行了绿化，栽植国槐、雪松2000多株。全镇14个村共完成绿化村庄街道或村间
 * 道路18条，植树5000多株……南片以导子村为重点，发展大棚西瓜2000多亩；北片以三岔等村为重点……发展奶牛近6000头。渠系配套工程
 * 新打配机井17眼，新修各类渠道4300多米，埋设输水暗管4000多米……整修街道60多条。导子村对西村4个村民小组街道全面整修，
 * 拆除占道房屋40多户120多间，硬化道路6公里".
 */
final class GuodianLedger {

    private static final String WHO = "guodian";
    private static final String TOWN = "郭店镇";
    private static final List<String> VILLAGES = DemoCounty.TOWNSHIPS.get(1).villages();
    /** Streets greened and trees planted per village, in the order of {@link #VILLAGES}: 18 streets, 5,120 trees. */
    private static final int[] STREETS_GREENED = {2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final int[] TREES = {560, 420, 480, 450, 330, 300, 320, 340, 310, 350, 300, 320, 330, 310};
    /** Streets repaired per village: the three demonstration villages lead (61 in all). */
    private static final int[] STREETS_REPAIRED = {12, 3, 8, 8, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};

    private final LedgerDemo demo;

    GuodianLedger(LedgerDemo demo) {
        this.demo = demo;
    }

    void load() {
        lastYear();
        LocalDate planned = LocalDate.of(2010, 2, 26);
        CentralTask paving = task(planned, "镇区彩砖铺设和街道绿化美化", "镇村镇建设办", "两个专业施工队");
        CentralTask road = task(planned, "石彪公路等路段绿化", "镇林业站", "沿线各村");
        CentralTask greening = task(planned, "村庄街道和村间道路绿化", "镇林业站", "各村党支部");
        CentralTask melon = task(planned, "南片大棚西瓜", "镇农业综合服务站", "导子村党支部", INDUSTRY);
        CentralTask dairy = task(planned, "北片奶牛养殖", "镇畜牧兽医站", "雪儿乳业、得力康公司", INDUSTRY);
        CentralTask wells = task(planned, "渠系配套：新打配机井", "镇水利站", "有关各村", INFRASTRUCTURE);
        CentralTask channels = task(planned, "渠系配套：新修渠道", "镇水利站", "有关各村", INFRASTRUCTURE);
        CentralTask pipes = task(planned, "渠系配套：埋设输水暗管", "镇水利站", "有关各村", INFRASTRUCTURE);
        CentralTask streets = task(planned, "“三带三进三促”整修街道", "镇党委", "以导子村、西南家凹村、上郭店村为示范点");
        CentralTask west = task(planned, "导子村西村街道整治", "导子村党支部", "镇村镇建设办");

        entry(TOWN, "2010-03-12", road, "组织专业队对石彪公路等6公里路段进行绿化，栽植国槐、雪松", "镇人大主席团 张宏伟",
                q("6", "KM"), q("2080", "TREE"));
        entry(TOWN, "2010-03-28", paving, "镇区主街铺设彩砖", "镇人大主席团 张宏伟", q("3200", "M2"));
        entry(TOWN, "2010-04-02", paving, "绿化镇区街道，栽植行道树和绿篱", "镇人大主席团 张宏伟", q("526", "M"));
        entry(TOWN, "2010-04-20", paving, "镇区东西街铺设彩砖", "镇人大主席团 张宏伟", q("2960", "M2"));
        for (int i = 0; i < VILLAGES.size(); i++) {
            String village = VILLAGES.get(i);
            CentralTask share = demo.share(WHO, greening, TOWN, village, village + "党支部书记");
            entry(village, LocalDate.of(2010, 3, 10 + i).toString(), share, "绿化村庄街道和村间道路，组织群众植树",
                    "村民代表", q(String.valueOf(STREETS_GREENED[i]), "STREET"), q(String.valueOf(TREES[i]), "TREE"));
            CentralTask repair = demo.share(WHO, streets, TOWN, village, village + "党支部书记");
            entry(village, LocalDate.of(2010, 4, 6 + i).toString(), repair, "整修村内街道，清理路障，平整路面",
                    "村民代表", q(String.valueOf(STREETS_REPAIRED[i]), "STREET"));
        }
        CentralTask daozi = demo.share(WHO, melon, TOWN, "导子村", "导子村党支部书记");
        entry("导子村", "2010-03-20", daozi, "落实大棚西瓜种植，统计全村建棚面积", "村民代表", q("2050", "MU"));
        String[] north = {"三岔村", "唐村", "孙家南头村"};
        String[] cows = {"2650", "1720", "1480"};
        for (int i = 0; i < north.length; i++) {
            CentralTask share = demo.share(WHO, dairy, TOWN, north[i], north[i] + "党支部书记");
            entry(north[i], "2010-04-1" + (5 + i), share, "依托雪儿乳业、得力康公司发展奶牛养殖，统计存栏", "村民代表",
                    q(cows[i], "HEAD"));
        }
        String[] wellVillages = {"郭店村", "唐村", "胡家庄村", "刘家台村", "董家河村", "王家堡村"};
        int[] wellCounts = {3, 2, 3, 3, 3, 3};
        for (int i = 0; i < wellVillages.length; i++) {
            entry(wellVillages[i], "2010-03-2" + (2 + i), demo.share(WHO, wells, TOWN, wellVillages[i], "村委会主任"),
                    "新打配机井", "村民代表", q(String.valueOf(wellCounts[i]), "WELL"));
        }
        entry(TOWN, "2010-03-30", channels, "新修斗渠、农渠", "镇水利站 周海军", q("1500", "M"));
        entry(TOWN, "2010-04-12", channels, "新修支渠", "镇水利站 周海军", q("1460", "M"));
        entry(TOWN, "2010-04-26", channels, "新修农渠", "镇水利站 周海军", q("1400", "M"));
        entry(TOWN, "2010-04-08", pipes, "埋设输水暗管", "镇水利站 周海军", q("2100", "M"));
        entry(TOWN, "2010-04-28", pipes, "埋设输水暗管", "镇水利站 周海军", q("1980", "M"));
        CentralTask westShare = demo.share(WHO, west, TOWN, "导子村", "导子村党支部书记");
        entry("导子村", "2010-04-18", westShare, "西村4个村民小组拆除占道房屋", "村民代表",
                q("43", "HOUSEHOLD"), q("126", "ROOM"));
        entry("导子村", "2010-04-30", westShare, "西村4个村民小组街道全面整修，硬化道路", "村民代表", q("6", "KM"));
    }

    /** 2009: 近100万元 on hardening and lighting the town's streets, recorded in its year. */
    private void lastYear() {
        entry(TOWN, "2009-10-20", null, "镇区街道硬化工程竣工", "镇人大主席团 张宏伟", q("62", "WAN_YUAN"));
        entry(TOWN, "2009-12-18", null, "镇区街道亮化工程竣工，安装路灯", "镇人大主席团 张宏伟", q("36", "WAN_YUAN"));
    }

    private CentralTask task(LocalDate on, String title, String lead, String co) {
        return task(on, title, lead, co, NEW_COUNTRYSIDE);
    }

    private CentralTask task(LocalDate on, String title, String lead, String co, String category) {
        return demo.task(WHO, TOWN, on, title, category, lead, co, "镇党委2010年中心工作，一级抓一级，级级抓落实");
    }

    private void entry(String org, String date, CentralTask task, String content, String witness,
                       org.jiceng.target.task.Quantity... lines) {
        String category = task == null ? INFRASTRUCTURE : task.category();
        demo.entry(WHO, TOWN, org, LocalDate.parse(date), category, task, content, witness, lines);
    }
}
