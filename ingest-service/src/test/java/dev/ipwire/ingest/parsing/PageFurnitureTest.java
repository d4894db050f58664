package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void dropsPageNumbersAndTheRepeatedPageHeaderButRemembersTheFirst() {
        List<String> lines =
                List.of(
                        "示例日报 2024年3月8日 星期五 第5版 经济新闻",
                        "标题在这里",
                        "正文第一行，",
                        "7",
                        "经济新闻 示例日报",
                        "正文继续。",
                        "A05");

        PageFurniture furniture = PageFurniture.strip(lines);

        assertThat(furniture.pageHeader()).isEqualTo("示例日报 2024年3月8日 星期五 第5版 经济新闻");
        assertThat(furniture.lines()).containsExactly("标题在这里", "正文第一行，", "正文继续。");
    }

    @Test
    void aDateLineWithoutPageMarkersIsNotFurniture() {
        List<String> lines = List.of("示例日报 2024年3月8日", "正文。");

        assertThat(PageFurniture.strip(lines).lines()).containsExactly("示例日报 2024年3月8日", "正文。");
    }

    @Test
    void aTitlePrintedTwiceOnOneLineIsARunningTitle() {
        PageFurniture furniture = PageFurniture.strip(List.of("正文第一段。", "打造创新高地打造创新高地", "正文第二段。"));

        assertThat(furniture.runningTitle()).isEqualTo("打造创新高地");
        assertThat(furniture.lines()).containsExactly("正文第一段。", "正文第二段。");
    }

    @Test
    void shortLinesRepeatedOnEveryPageAreDropped() {
        List<String> lines = List.of("内部资料 注意保存", "第一页正文。", "内部资料 注意保存", "第二页正文。", "内部资料 注意保存");

        assertThat(PageFurniture.strip(lines).lines()).containsExactly("第一页正文。", "第二页正文。");
    }
}
