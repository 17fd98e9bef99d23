package org.jiceng.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.jiceng.shared.IdCardNumber;

/**
 * Generates plausible rural people: Chinese names of the Guanzhong region, identity numbers that pass the GB 11643
 * checksum, and age, gender and education spread as rural members are (older, mostly men, mostly 初中 or below).
 */
class PersonFactory {

    private static final String SURNAMES = "王李张刘杨赵陈马高郭田宋何孙程关冯韩范董曹胡吴周徐任石雷魏贾薛白杜侯苏朱罗袁";
    private static final String[] MALE = {"建国", "建军", "志强", "卫东", "红兵", "文革", "永刚", "胜利", "军", "伟", "勇",
            "明", "海涛", "小平", "振华", "国庆", "新民", "宏伟", "锋", "涛", "斌", "彦军", "拴劳", "根社", "满仓", "有才",
            "玉林", "百顺", "永红", "俊峰", "鹏", "磊", "浩", "宇航", "博文", "晓东", "长安", "秦川", "宝利", "战锋"};
    private static final String[] FEMALE = {"秀英", "桂兰", "玉兰", "淑珍", "翠花", "小红", "丽", "娟", "静", "敏",
            "艳", "芳", "霞", "彩霞", "巧玲", "亚妮", "雪梅", "春燕", "晓燕", "婷", "欢", "丹", "蕾", "佳怡"};
    /** National 学历 codes weighted for rural members: 小学, 初中, 普通高中, 中等专科, 大专, 大学. */
    private static final String[][] EDUCATION = {{"8", "22"}, {"7", "42"}, {"6", "20"}, {"41", "6"},
            {"22", "7"}, {"21", "3"}};
    private static final String[] DESTINATIONS = {"陕西省西安市", "陕西省宝鸡市", "广东省深圳市", "江苏省苏州市",
            "浙江省宁波市", "新疆维吾尔自治区乌鲁木齐市", "北京市", "上海市"};
    private static final String[] HARDSHIPS = {"本人患重病，长期治疗", "丧失劳动能力，生活困难", "家庭成员患重病",
            "遭受自然灾害，生活困难", "年老体弱，无子女照料"};

    private final Random random;
    private final String addressCode;
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();

    PersonFactory(long seed, String addressCode) {
        this.random = new Random(seed);
        this.addressCode = addressCode;
    }

    Random random() {
        return random;
    }

    String name(boolean male) {
        char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
        String[] given = male ? MALE : FEMALE;
        return surname + given[random.nextInt(given.length)];
    }

    /** A birth date for a member: rural members are older (about a third 60 or over). */
    LocalDate memberBirthDate(LocalDate today) {
        int age = 22 + (int) Math.min(66, Math.abs(random.nextGaussian() * 18 + 30));
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    LocalDate adultBirthDate(LocalDate today, int minAge, int maxAge) {
        return today.minusYears(minAge + random.nextInt(maxAge - minAge + 1)).minusDays(random.nextInt(365));
    }

    String idNumber(LocalDate birthDate, boolean male) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String id = IdCardNumber.compose(addressCode, birthDate, sequence);
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    String phone() {
        String[] prefixes = {"133", "135", "137", "138", "139", "150", "151", "153", "155", "158", "180", "187", "189"};
        while (true) {
            String phone = prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
            if (usedPhones.add(phone)) {
                return phone;
            }
        }
    }

    String education() {
        int roll = random.nextInt(100);
        int sum = 0;
        for (String[] e : EDUCATION) {
            sum += Integer.parseInt(e[1]);
            if (roll < sum) {
                return e[0];
            }
        }
        return "7";
    }

    String destination() {
        return DESTINATIONS[random.nextInt(DESTINATIONS.length)];
    }

    String hardship() {
        return HARDSHIPS[random.nextInt(HARDSHIPS.length)];
    }

    boolean chance(int percent) {
        return random.nextInt(1000) < percent * 10;
    }
}
