package dev.ipwire.ingest.parsing;

/**
 * Tells Simplified from Traditional Chinese by counting characters that exist in only one of the
 * two scripts (a few hundred of the most frequent ones each way are enough for news text).
 */
public final class ScriptDetector {

    public static final String SIMPLIFIED = "zh-Hans";
    public static final String TRADITIONAL = "zh-Hant";
    public static final String OTHER = "other";

    /** Frequent characters written only in Traditional Chinese. */
    private static final String TRADITIONAL_ONLY =
            "這們來說時國會對發與經過開關為點業東區產價報導費機構權標誌議據資術應當將從體實處縣務長門問題"
                    + "種動員現學後於還進運讓認證請設計調查統級總網絡際陳單條價質歷廣際農園華協營銷聯專項補貼擁"
                    + "護濟戰規劃創執審訴訟義專興區傳團檢測鑒鄉鎮銀閱驗號碼屬衛視頻買賣場飛機頭臺灣歲當兩萬億據"
                    + "歡樂觀覽藝術園廳幾樣變這顯務門齊轉選舉辦處漁業電話鐵貨運輸紀錄續約簽訂戶區域環節確實";

    /** Frequent characters written only in Simplified Chinese. */
    private static final String SIMPLIFIED_ONLY =
            "这们来说时国会对发与经过开关为点业东区产价报导费机构权标志议据资术应当将从体实处县务长门问题"
                    + "种动员现学后于还进运让认证请设计调查统级总网络际陈单条质历广农园华协营销联专项补贴拥护济战"
                    + "规划创执审诉讼义兴传团检测鉴乡镇银阅验号码属卫视频买卖场飞机头台湾岁两万亿欢乐观览艺厅几样"
                    + "变显齐转选举办渔电话铁货输纪录续约签订户域环节确";

    private ScriptDetector() {}

    /** zh-Hans, zh-Hant, or other when the text has (almost) no Chinese characters. */
    public static String detect(String text) {
        int han = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            if (TRADITIONAL_ONLY.indexOf(codePoint) >= 0) {
                traditional++;
            } else if (SIMPLIFIED_ONLY.indexOf(codePoint) >= 0) {
                simplified++;
            }
        }
        if (han < 10) {
            return OTHER;
        }
        return traditional > simplified ? TRADITIONAL : SIMPLIFIED;
    }
}
