package dev.ipwire.system;

import java.util.List;
import java.util.Map;

/**
 * Articles written for the editor page scenario: five full stories with different topics, regions,
 * outlets and months, and eight short items from 2023, so that "知识产权" finds more than one page.
 */
final class NewsDesk {

    /**
     * One article as a newsroom sends it.
     *
     * @param key a name for the test
     * @param source the outlet
     * @param publishedAt the publication date
     * @param content headline and paragraphs, one per line
     */
    record Story(String key, String source, String publishedAt, String content) {

        String title() {
            return content.lines().findFirst().orElseThrow();
        }

        Map<String, String> request() {
            return Map.of(
                    "content", content,
                    "source", source,
                    "publishedAt", publishedAt,
                    "externalId", "editor-page-it-" + key);
        }
    }

    /** A geographic indication story with an official who speaks (a person for the view). */
    static final Story MANGO =
            new Story(
                    "mango",
                    "右江日报",
                    "2024-03-12",
                    String.join(
                            "\n",
                            "百色芒果获批国家地理标志保护产品",
                            "本报讯 3月11日，国家知识产权局发布公告，批准对百色芒果实施地理标志产品保护。百色市市场监督管理局局长黄志远表示，将尽快制定地理标志专用标志使用管理办法，严厉打击假冒百色芒果地理标志的行为。",
                            "据了解，百色芒果种植面积已超过130万亩，带动当地20多万果农增收。获得地理标志保护后，百色市计划建立芒果质量追溯体系，进一步提升这一知识产权的品牌价值。"));

    static final Story TEA =
            new Story(
                    "tea",
                    "浔阳晚报",
                    "2024-05-20",
                    String.join(
                            "\n",
                            "庐山云雾茶地理标志证明商标许可使用企业增至48家",
                            "记者从九江市知识产权局获悉，今年新增9家茶企获准使用庐山云雾茶地理标志证明商标，许可使用企业总数达到48家。",
                            "九江市将加强地理标志产品的知识产权保护，对未经许可使用地理标志的茶叶包装开展专项检查，维护庐山云雾茶的市场声誉。"));

    static final Story PLEDGE =
            new Story(
                    "pledge",
                    "钱江商报",
                    "2024-05-08",
                    String.join(
                            "\n",
                            "杭州科技企业以专利质押获得贷款3.5亿元",
                            "杭州市知识产权局与多家银行日前联合举办知识产权质押融资对接会，现场签约专利质押贷款3.5亿元，惠及62家科技型中小企业。",
                            "杭州市知识产权局副局长陈思远介绍，今年以来全市知识产权质押融资登记金额同比增长四成，银行对专利价值的认可度明显提高。"));

    static final Story TRADEMARK =
            new Story(
                    "trademark",
                    "鹏城法治报",
                    "2024-08-15",
                    String.join(
                            "\n",
                            "深圳中院对一起商标侵权案适用惩罚性赔偿",
                            "深圳市中级人民法院近日审结一起侵害商标权纠纷案，认定被告恶意仿冒知名耳机品牌的注册商标，判决适用惩罚性赔偿，赔偿权利人经济损失及合理开支共计860万元。",
                            "承办法官表示，该案体现了严格知识产权保护的司法导向，对恶意侵权、重复侵权行为依法从重处罚。"));

    static final Story CENTRE =
            new Story(
                    "centre",
                    "天府科技报",
                    "2024-01-10",
                    String.join(
                            "\n",
                            "成都知识产权保护中心专利预审周期缩短至一个月",
                            "成都知识产权保护中心发布年度报告，去年共受理专利预审申请5200余件，发明专利预审合格后平均授权周期缩短至一个月左右。",
                            "保护中心还设立了知识产权快速维权通道，为新一代信息技术和生物医药企业提供侵权纠纷调解服务。"));

    /** Short items, one per month of 2023: more hits for "知识产权" than fit on a page. */
    static final List<Story> BRIEFS =
            List.of(
                    brief(
                            "b1",
                            "2023-02-14",
                            "洛阳举办知识产权进企业宣讲活动",
                            "洛阳市组织专家走进装备制造企业，讲解专利布局与商业秘密保护实务，两百余名企业技术人员参加。"),
                    brief(
                            "b2",
                            "2023-03-21",
                            "青岛海关查获一批侵犯知识产权的运动鞋",
                            "青岛海关在出口货物查验中发现一批涉嫌侵犯注册商标专用权的运动鞋，共计3600双，已依法予以扣留。"),
                    brief(
                            "b3",
                            "2023-04-26",
                            "合肥高校专利转化合同金额创新高",
                            "合肥多所高校通过先使用后付费方式向中小企业许可专利，全年签订知识产权转化合同四百余份。"),
                    brief(
                            "b4",
                            "2023-06-08",
                            "长沙开展电商平台知识产权侵权线索排查",
                            "长沙市市场监管部门联合电商平台排查网店侵权线索，下架涉嫌假冒专利的商品链接一千余条。"),
                    brief(
                            "b5",
                            "2023-07-19",
                            "昆明发布花卉新品种知识产权保护指引",
                            "昆明市针对鲜切花育种企业发布植物新品种权保护指引，帮助育种者在品种推广前做好权利申请。"),
                    brief(
                            "b6",
                            "2023-09-05",
                            "西安设立知识产权纠纷人民调解委员会",
                            "西安市新设的知识产权纠纷人民调解委员会首批聘请32名调解员，重点化解商标和著作权纠纷。"),
                    brief(
                            "b7",
                            "2023-10-23",
                            "厦门试点知识产权海外维权互助基金",
                            "厦门市引导出海企业共同出资设立海外维权互助基金，为遭遇境外专利诉讼的企业提供应诉支持。"),
                    brief(
                            "b8",
                            "2023-12-12",
                            "大连举办知识产权运营大赛",
                            "大连市首届知识产权运营大赛落幕，二十个专利项目获得路演机会，部分项目与投资机构达成合作意向。"));

    static List<Story> all() {
        List<Story> stories =
                new java.util.ArrayList<>(List.of(MANGO, TEA, PLEDGE, TRADEMARK, CENTRE));
        stories.addAll(BRIEFS);
        return stories;
    }

    private static Story brief(String key, String date, String title, String text) {
        return new Story(key, "知识产权简讯", date, title + "\n" + text);
    }

    private NewsDesk() {}
}
