package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineLayoutTest {

    /** A paragraph hard-wrapped every ~16 characters, with a blank line after each line. */
    private static final String WRAPPED =
            """
            本报讯 近日，市知识产权局在高新区召开

            地理标志保护工作推进会，部署今年地理

            标志产品保护专项行动。

            保护与运用并重

            会议要求，各区县要加强对地理标志专用

            标志的使用监管，严厉打击假冒行为
            ，切实维护企业合法权益。
            """;

    private static List<Block> blocks(String text) {
        return LineLayout.blocks(text.lines().map(TextNormalizer::line).toList());
    }

    @Test
    void joinsHardWrappedLinesWithoutSplittingWordsAndKeepsSentencesTogether() {
        List<Block> blocks = blocks(WRAPPED);

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "本报讯近日，市知识产权局在高新区召开地理标志保护工作推进会，部署今年地理标志产品保护专项行动。",
                        "保护与运用并重",
                        "会议要求，各区县要加强对地理标志专用标志的使用监管，严厉打击假冒行为，切实维护企业合法权益。");
        assertThat(blocks.get(1).kind()).isEqualTo(Block.Kind.HEADING);
    }

    @Test
    void aLineStartingWithPunctuationAlwaysContinues() {
        // Mid-document (a document's first short line would be its headline).
        List<Block> blocks = blocks("上一段到此结束。\n首批投保企业23家\n。\n下一段从这里开始。");

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly("上一段到此结束。", "首批投保企业23家。", "下一段从这里开始。");
    }

    @Test
    void metadataLinesStandAloneAndAreNotGluedToTheText() {
        List<Block> blocks =
                blocks(
                        """
                        专利侵权纠纷行政裁决提速
                        发布时间：2024-05-06 08:15　来源：示例日报
                        本报讯（记者 王晓东）5月5日，市知识产权局作出一起行政裁决。
                        【责任编辑：李明】
                        """);

        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(
                        Block.Kind.HEADING, Block.Kind.LINE, Block.Kind.PARAGRAPH, Block.Kind.LINE);
    }

    @Test
    void latinWordsAcrossALineBreakKeepASpace() {
        assertThat(blocks("上一段到此结束。\n企业加入 World Intellectual\nProperty 组织的项目。"))
                .extracting(Block::text)
                .containsExactly("上一段到此结束。", "企业加入 World Intellectual Property 组织的项目。");
    }

    @Test
    void looksHardWrappedTellsPdfTextFromOneParagraphPerLine() {
        assertThat(LineLayout.looksHardWrapped(WRAPPED.repeat(2))).isTrue();
        String perLine = "第一段讲述了试点工作的进展情况。\n".repeat(8);
        assertThat(LineLayout.looksHardWrapped(perLine)).isFalse();
    }

    @Test
    void endsSentenceLooksThroughClosingQuotes() {
        assertThat(LineLayout.endsSentence("他说：“已经办结。”")).isTrue();
        assertThat(LineLayout.endsSentence("正在办理中，")).isFalse();
        assertThat(LineLayout.endsSentence("（来源：示例日报，2024-08-19）")).isTrue();
    }

    @Test
    void aFiveMegabyteLineIsProcessedInBoundedTime() {
        String huge = "知识产权".repeat(1_300_000);

        List<Block> blocks =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> blocks(huge + "\n下一行。"));

        assertThat(blocks).hasSize(1);
        assertThat(blocks.getFirst().text()).hasSize(huge.length() + 4);
    }
}
