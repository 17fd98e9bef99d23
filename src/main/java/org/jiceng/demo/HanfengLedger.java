package org.jiceng.demo;

import static org.jiceng.demo.LedgerDemo.NEW_COUNTRYSIDE;
import static org.jiceng.demo.LedgerDemo.q;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.target.task.CentralTask;

/**
 * 汉封乡's ledger, true to the seed: "截至目前，全乡已栽植小叶黄杨、红叶李、白玉兰等绿化苗木18000多棵，绿化美化村组街道
 * 28条、村级阵地两处，拓宽整修沙化、硬化村组街道37条，18.6公里，全力打造程家塬村、关村村为全乡新农村建设示范村".
 */
final class HanfengLedger {

    private static final String WHO = "hanfeng";
    private static final String TOWN = "汉封乡";
    private static final List<String> VILLAGES = DemoCounty.TOWNSHIPS.get(2).villages();
    /** Per village in the order of {@link #VILLAGES}: 18,320 seedlings, 28 streets greened, 2 venues. */
    private static final int[] SEEDLINGS = {2600, 2400, 1800, 1280, 1280, 1280, 1280, 1280, 1280, 1280, 1280, 1280};
    private static final int[] GREENED = {4, 4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1};
    /** 37 streets and 18.6 km widened or hardened. */
    private static final int[] HARDENED = {5, 5, 4, 3, 3, 3, 3, 3, 2, 2, 2, 2};
    private static final String[] KM = {"2.6", "2.4", "2.0", "1.4", "1.4", "1.4", "1.3", "1.3", "1.2", "1.2", "1.2",
            "1.2"};

    private final LedgerDemo demo;

    HanfengLedger(LedgerDemo demo) {
        this.demo = demo;
    }

    /** The two central tasks the township's letters measure by. */
    record Tasks(CentralTask greening, CentralTask streets) {
    }

    Tasks load() {
        LocalDate planned = LocalDate.of(2010, 3, 5);
        CentralTask greening = demo.task(WHO, TOWN, planned, "村组绿化美化", NEW_COUNTRYSIDE, "乡林业站", "各村党支部",
                "栽植小叶黄杨、红叶李、白玉兰等绿化苗木，绿化美化村组街道和村级阵地");
        CentralTask streets = demo.task(WHO, TOWN, planned, "拓宽整修、硬化村组街道", NEW_COUNTRYSIDE, "乡村镇建设办",
                "各村党支部", "拓宽整修沙化、硬化村组街道");
        for (int i = 0; i < VILLAGES.size(); i++) {
            String village = VILLAGES.get(i);
            CentralTask green = demo.share(WHO, greening, TOWN, village, village + "党支部书记");
            List<org.jiceng.target.task.Quantity> lines = new java.util.ArrayList<>(List.of(
                    q(String.valueOf(SEEDLINGS[i]), "TREE"), q(String.valueOf(GREENED[i]), "STREET")));
            if (i < 2) {
                lines.add(q("1", "PLACE"));
            }
            demo.entry(WHO, TOWN, village, LocalDate.of(2010, 3, 12 + i), NEW_COUNTRYSIDE, green,
                    i < 2 ? "栽植绿化苗木，绿化美化村组街道和村级活动阵地" : "栽植绿化苗木，绿化美化村组街道", "村民代表",
                    lines.toArray(org.jiceng.target.task.Quantity[]::new));
            CentralTask road = demo.share(WHO, streets, TOWN, village, village + "党支部书记");
            demo.entry(WHO, TOWN, village, LocalDate.of(2010, 4, 10 + i), NEW_COUNTRYSIDE, road,
                    "拓宽整修沙化、硬化村组街道", "村民代表", q(String.valueOf(HARDENED[i]), "STREET"), q(KM[i], "KM"));
        }
        return new Tasks(greening, streets);
    }
}
