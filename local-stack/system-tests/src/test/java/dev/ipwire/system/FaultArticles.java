package dev.ipwire.system;

import java.util.List;

/**
 * Short IP news items written for the fault tests: six kinds of story (enforcement, trademarks,
 * pledge financing, copyright, geographic indications, patent grants) across 24 cities, each with
 * its own numbers, so that every item is a distinct article (ids are content hashes).
 */
final class FaultArticles {

    private static final List<String> CITIES =
            List.of(
                    "北京", "上海", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安", "重庆", "天津", "长沙",
                    "合肥", "厦门", "青岛", "宁波", "郑州", "济南", "福州", "昆明", "南宁", "沈阳", "哈尔滨");

    private FaultArticles() {}

    /**
     * The {@code n}th article of a run tagged {@code tag} (e.g. {@code FA}): a headline line and
     * two paragraphs; different for every (tag, n).
     */
    static String article(String tag, int n) {
        String city = CITIES.get(n % CITIES.size());
        int batch = n + 1;
        int count = 12 + (n * 37) % 480;
        int percent = 71 + (n * 13) % 28;
        int days = 15 + (n * 7) % 40;
        int amount = 120 + (n * 53) % 3000;
        String serial = "%s-%04d".formatted(tag, n);
        String story =
                switch (n % 6) {
                    case 0 ->
                            String.join(
                                    "\n",
                                    city + "知识产权局公布第" + batch + "批专利侵权纠纷行政裁决结果",
                                    city
                                            + "市知识产权局日前通报，今年已受理专利侵权纠纷行政裁决案件"
                                            + count
                                            + "件，结案率达到"
                                            + percent
                                            + "%。",
                                    "该局负责人表示，将继续压缩办案周期，把平均办案时间控制在" + days + "个工作日以内。");
                    case 1 ->
                            String.join(
                                    "\n",
                                    city + "第" + batch + "轮专项行动查处商标侵权案件" + count + "起",
                                    city
                                            + "市市场监督管理局在打击假冒注册商标专项行动中查处侵权案件"
                                            + count
                                            + "起，涉案金额"
                                            + amount
                                            + "万元。",
                                    "执法人员提醒消费者通过正规渠道购买商品，发现假冒商品可拨打12315投诉举报。");
                    case 2 ->
                            String.join(
                                    "\n",
                                    city + count + "家科技企业获得知识产权质押贷款",
                                    "据"
                                            + city
                                            + "市金融监管部门统计，第"
                                            + batch
                                            + "期知识产权质押融资对接活动促成"
                                            + count
                                            + "家科技型中小企业获得贷款"
                                            + amount
                                            + "万元。",
                                    "参与银行表示，将扩大专利和商标质押的受理范围，简化价值评估流程。");
                    case 3 ->
                            String.join(
                                    "\n",
                                    city + "版权局发布第" + batch + "号网络著作权保护典型案例",
                                    city
                                            + "市版权局通报，网络文学和短视频领域的专项整治累计删除侵权链接"
                                            + count
                                            + "条，关闭侵权账号"
                                            + days
                                            + "个。",
                                    "版权部门要求平台企业落实主体责任，在收到权利人通知后及时处理侵权内容。");
                    case 4 ->
                            String.join(
                                    "\n",
                                    city + "新增" + days + "件地理标志证明商标",
                                    city
                                            + "市市场监督管理局介绍，第"
                                            + batch
                                            + "批地理标志运用促进项目带动"
                                            + count
                                            + "家农业企业规范使用专用标志，相关产品销售额增长"
                                            + percent
                                            + "%。",
                                    "当地将建立地理标志产品质量追溯体系，严厉打击冒用地理标志的行为。");
                    default ->
                            String.join(
                                    "\n",
                                    city + "第" + batch + "期发明专利授权量达到" + count + "件",
                                    city
                                            + "市知识产权局发布统计数据，本期发明专利授权"
                                            + count
                                            + "件，其中高校和科研院所占"
                                            + (100 - percent)
                                            + "%，企业占比持续提高。",
                                    "该局将加强高价值专利培育，推动专利转化运用，支持企业开展海外专利布局。");
                };
        return story + "\n（稿件编号 " + serial + "）";
    }
}
