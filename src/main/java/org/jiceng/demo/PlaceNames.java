package org.jiceng.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Plausible names for generated counties, townships and villages, unique within their parent. */
class PlaceNames {

    private static final String FIRST = "王李张刘杨赵陈马高郭田宋何孙程关冯韩范董曹胡吴周徐任石雷魏贾薛白杜侯苏朱罗袁"
            + "东西南北上下前后新老大小";
    private static final String SECOND = "家庄河坡沟塬堡营寨店湾峪岭山川桥坪台";
    private static final String[] COUNTY_NAMES = {"岐山县", "扶风县", "眉县", "陇县", "千阳县", "麟游县", "凤县",
            "太白县", "乾县", "礼泉县", "永寿县", "长武县", "旬邑县", "淳化县", "武功县", "泾阳县", "三原县", "蓝田县", "周至县",
            "户县"};

    private final Random random;
    private final Set<String> used = new HashSet<>();

    PlaceNames(Random random) {
        this.random = random;
    }

    /** Starts a new parent: names need only be unique among siblings. */
    PlaceNames under() {
        used.clear();
        return this;
    }

    /** Call for all counties of a province before naming their townships. */
    String county(int index) {
        if (index < COUNTY_NAMES.length) {
            used.add(COUNTY_NAMES[index]);
            return COUNTY_NAMES[index];
        }
        return unique("县");
    }

    String township() {
        return unique(random.nextBoolean() ? "镇" : "乡");
    }

    String village() {
        return unique("村");
    }

    private String unique(String suffix) {
        for (int attempt = 0; ; attempt++) {
            String name = "" + FIRST.charAt(random.nextInt(FIRST.length()))
                    + SECOND.charAt(random.nextInt(SECOND.length())) + (attempt > 20 ? String.valueOf(attempt) : "")
                    + suffix;
            if (used.add(name)) {
                return name;
            }
        }
    }
}
