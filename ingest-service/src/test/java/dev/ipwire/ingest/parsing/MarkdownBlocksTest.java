package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void headingsParagraphsAndSourceLinesAreBlocksOfTheirOwn() {
        List<Block> blocks =
                MarkdownBlocks.of(
                        """
                        # 标题
                        *来源：示例日报 | 记者 吴小宁 | 2025-02-18*

                        第一段**重点**内容，见[链接](https://example.org)。

                        ## 小标题
                        > 引述的一段话。
                        """);

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "标题", "来源：示例日报 | 记者 吴小宁 | 2025-02-18", "第一段重点内容，见链接。", "小标题", "引述的一段话。");
        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(
                        Block.Kind.HEADING,
                        Block.Kind.LINE,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.HEADING,
                        Block.Kind.PARAGRAPH);
    }

    @Test
    void aPageBreakRuleInsideAWordIsHealed() {
        List<Block> blocks = MarkdownBlocks.of("建设了一批产\n\n---\n\n业知识产权运营中心。\n\n---\n\n新的一段。");

        assertThat(blocks).extracting(Block::text).containsExactly("建设了一批产业知识产权运营中心。", "新的一段。");
    }

    @Test
    void indentedChineseParagraphsAreTextNotCode() {
        assertThat(MarkdownBlocks.of("    这是缩进的段落。\n"))
                .extracting(Block::text)
                .containsExactly("这是缩进的段落。");
    }
}
