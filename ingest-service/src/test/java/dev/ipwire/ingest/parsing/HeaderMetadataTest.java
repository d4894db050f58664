package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMetadataTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static HeaderMetadata header(String... lines) {
        return HeaderMetadata.find(List.of(lines), null, List.of(), TODAY);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "2024-05-06 15:42:10　来源：示例社 # 示例社 # 2024-05-06T15:42:10+08:00",
                "来源：示例日报　2024-05-06 07:45 # 示例日报 # 2024-05-06T07:45:00+08:00",
                "发布时间：2023-08-22 08:15　　来源：山城日报 # 山城日报 # 2023-08-22T08:15:00+08:00",
                "2023年12月5日　星期二　港島報　內地新聞 # 港島報 # 2023-12-05",
                "高原日报　2019年11月20日 # 高原日报 # 2019-11-20",
                "来源：农家日报·乡村网   作者：记者 任小青   2021-03-25 08:36 # 农家日报 # 2021-03-25T08:36:00+08:00",
                "财经时报-中国财经网　2022年10月12日　记者 窦小新 # 财经时报 # 2022-10-12",
                "*来源：江南日报 | 记者 吴小宁 | 2025-02-18* # 江南日报 # 2025-02-18",
                "塞北日报记者 马小琴　2022-07-26 # 塞北日报 # 2022-07-26"
            })
    void readsTheOutletAndDateOfAHeaderLine(String line, String source, String date) {
        HeaderMetadata metadata = header(line);

        assertThat(metadata.source()).isEqualTo(source);
        assertThat(metadata.publishedAt()).isEqualTo(date);
    }

    @Test
    void aDatelineGivesTheOutletAndTheYearIsInferred() {
        HeaderMetadata metadata =
                HeaderMetadata.find(List.of(), "示例社南京4月21日电（记者张小林）记者21日获悉……", List.of(), TODAY);

        assertThat(metadata.source()).isEqualTo("示例社");
        assertThat(metadata.publishedAt()).isEqualTo("2025-04-21");
        assertThat(metadata.author()).isEqualTo("张小林");
    }

    @Test
    void aDatelineDateAfterTodayBelongsToLastYear() {
        HeaderMetadata metadata =
                HeaderMetadata.find(List.of(), "示例社杭州12月3日电 记者获悉……", List.of(), TODAY);

        assertThat(metadata.publishedAt()).isEqualTo("2024-12-03");
    }

    @Test
    void bylinesGiveTheReporters() {
        assertThat(header("本报记者 顾小婷 通讯员 陆小华").author()).isEqualTo("顾小婷、陆小华");
        assertThat(header("作者：记者 王小欣 通讯员 陈立").author()).isEqualTo("王小欣、陈立");
        assertThat(header("高原日报记者 古丽·艾力").author()).isEqualTo("古丽·艾力");
    }

    @Test
    void aClosingSourceLineGivesSourceAndDateWhenTheHeaderHasNone() {
        HeaderMetadata metadata =
                HeaderMetadata.find(List.of(), null, List.of("正文。", "（来源：示例日报，2024-08-19）"), TODAY);

        assertThat(metadata.source()).isEqualTo("示例日报");
        assertThat(metadata.publishedAt()).isEqualTo("2024-08-19");
    }

    @Test
    void aJournalIssueIsNotADate() {
        HeaderMetadata metadata =
                HeaderMetadata.find(List.of(), null, List.of("（来源：《示例》2021 年第 3 期）"), TODAY);

        assertThat(metadata.source()).isEqualTo("示例");
        assertThat(metadata.publishedAt()).isNull();
    }

    @Test
    void nothingInventedWhenNothingIsThere() {
        HeaderMetadata metadata =
                HeaderMetadata.find(List.of(), "孩子们在课堂上学习专利知识。", List.of(), TODAY);

        assertThat(metadata).isEqualTo(new HeaderMetadata(null, null, null));
    }
}
