package dev.newsflow.formats.markdown;

import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.html.HtmlText;
import dev.newsflow.formats.html.Paragraphs;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Markdown to plain text through a CommonMark parser: each block (paragraph, heading, list item, quote, code block,
 * HTML block) a paragraph, emphasis and link markup gone with the words kept, images and inline HTML tags dropped,
 * a soft line break a space (as a browser shows it), {@code <br>} a line break, code kept verbatim. GitHub's tables
 * (a row a line) and strikethrough are read too, and a site generator's template tags are dropped.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    TaskListItemsExtension.create())).build();
    // Hugo's shortcodes ({{< figure src="…" >}}, {{% notice %}}) and Jekyll's Liquid tags ({% include … %}): the
    // site generator's, never the article's words (the words a paired shortcode wraps stay)
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{\\{[<%].*?[>%]\\}\\}|\\{%-?.*?-?%\\}");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    private MarkdownText() {
    }

    /**
     * @throws FormatException when quotes and lists, link brackets or emphasis nest deeper than any article does
     *                         ({@link MarkdownNesting}): the parser's work grows with nesting depth times lines, so a
     *                         few kilobytes of {@code > > > …} would cost hundreds of megabytes
     */
    static Node parse(String markdown) {
        MarkdownNesting.check(markdown);
        return PARSER.parse(markdown.indexOf('{') < 0 ? markdown : TEMPLATE_TAG.matcher(markdown).replaceAll(""));
    }

    /**
     * The heading the document opens with, or its first-level heading after blocks without words (a README's logo or
     * badges; a lesser heading there, "Transcript" under a video, heads a section); else null.
     */
    static Heading leadingHeading(Node document) {
        if (document.getFirstChild() instanceof Heading first) {
            return first;
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                return heading.getLevel() == 1 ? heading : null;
            }
            if (!plain(block).isBlank()) {
                return null;
            }
        }
        return null;
    }

    /**
     * Walks the tree with an explicit stack rather than the visitor's recursion, so no input can overflow the thread's
     * stack: a block is a paragraph break before and after its children; the node kinds {@link Collector} knows give
     * their text and hide their children (an image's alt text, say).
     */
    static String plain(Node root) {
        Collector collector = new Collector();
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item == BLOCK_END) {
                collector.out.breakParagraph();
            } else if (item == ROW_END) {
                collector.out.lineBreak(); // a table's row a line, its cells apart
            } else if (Collector.LEAVES.contains(item.getClass())) {
                ((Node) item).accept(collector);
            } else {
                Node node = (Node) item;
                if (node instanceof Block) {
                    collector.out.breakParagraph();
                    work.push(BLOCK_END);
                } else if (node instanceof TableRow) {
                    work.push(ROW_END);
                } else if (node instanceof TableCell && node.getPrevious() != null) {
                    collector.out.space();
                }
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    work.push(child);
                }
            }
        }
        return collector.out.text();
    }

    private static final Object BLOCK_END = new Object();
    private static final Object ROW_END = new Object();

    private static final class Collector extends AbstractVisitor {

        /** The node kinds whose text this collector writes itself, children included or left out on purpose. */
        static final Set<Class<? extends Node>> LEAVES = Set.of(Text.class, Code.class, SoftLineBreak.class,
                HardLineBreak.class, Image.class, HtmlInline.class, HtmlBlock.class, FencedCodeBlock.class,
                IndentedCodeBlock.class, ThematicBreak.class);

        private final Paragraphs out = new Paragraphs();

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral(), false);
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral(), false);
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.space();
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.lineBreak();
        }

        @Override
        public void visit(Image image) {
            // alt text describes a picture; it is not article prose
        }

        @Override
        public void visit(HtmlInline html) {
            // a tag carries no words (the text between tags is Text nodes), but <br> is a line break
            if (LINE_BREAK_TAG.matcher(html.getLiteral()).matches()) {
                out.lineBreak();
            }
        }

        @Override
        public void visit(HtmlBlock html) {
            block(HtmlText.ofFragment(html.getLiteral()));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            out.breakParagraph();
        }

        private void block(String text) {
            out.breakParagraph();
            out.append(text);
            out.breakParagraph();
        }
    }
}
