package org.jiceng.demo;

import java.util.List;

/**
 * The demo county of the seed (凤翔县, Baoji, Shaanxi, 2010): the four townships it reports on and the villages it
 * names — 郭店镇 has its 14 villages (导子村, 三岔村, 西南家凹村, 上郭店村 …), 汉封乡 程家塬村, 关村村 and 汉封村 —
 * with further plausible village names so each township has 10–14. 范家寨乡 has ten, so its target "二类村达30%（三个村）"
 * is three villages, as the seed says.
 */
final class DemoCounty {

    static final String COUNTY_NAME = "中共凤翔县委";
    static final String COUNTY_SHORT = "凤翔县委";
    /** 凤翔县's administrative division code, the first six digits of local identity numbers. */
    static final String ADDRESS_CODE = "610322";

    record Township(String name, String account, List<String> villages) {
    }

    static final List<Township> TOWNSHIPS = List.of(
            new Township("范家寨乡", "fanjiazhai", List.of("范家寨村", "凉泉村", "八旗屯村", "庙底村", "石头坡村",
                    "高咀村", "马家山村", "西坡村", "沟口村", "杨家沟村")),
            new Township("郭店镇", "guodian", List.of("导子村", "三岔村", "西南家凹村", "上郭店村", "郭店村", "唐村",
                    "孙家南头村", "北街村", "南街村", "东街村", "胡家庄村", "刘家台村", "董家河村", "王家堡村")),
            new Township("汉封乡", "hanfeng", List.of("程家塬村", "关村村", "汉封村", "冯家山村", "卫家庄村",
                    "南古城村", "鲁家庄村", "麦子坪村", "峪里村", "王家磨村", "上官村", "中咀村")),
            new Township("南指挥镇", "nanzhihui", List.of("南指挥村", "东指挥村", "西指挥村", "北指挥村", "槐原村",
                    "高家堡村", "马家庄村", "曹家沟村", "五星村", "礼村", "六营村", "冯家塬村", "董家庄村")));

    /** The demo password of every demo account, shown in the README. */
    static final String DEMO_PASSWORD = "Jiceng@2010";

    private DemoCounty() {
    }
}
