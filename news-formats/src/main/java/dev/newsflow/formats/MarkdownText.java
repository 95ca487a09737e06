package dev.newsflow.formats;

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
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

import java.util.regex.Pattern;

/**
 * Markdown to plain text through a CommonMark parser: each block (paragraph, heading, list item, quote, code block,
 * HTML block) a paragraph, emphasis and link markup gone with the words kept, images and inline HTML tags dropped,
 * a soft line break a space (as a browser shows it), {@code <br>} a line break, code kept verbatim.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    private MarkdownText() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The first block when it is a heading (the title of a file without front matter), else null. */
    static Heading leadingHeading(Node document) {
        return document.getFirstChild() instanceof Heading heading ? heading : null;
    }

    static String plain(Node node) {
        Collector collector = new Collector();
        node.accept(collector);
        return collector.out.text();
    }

    private static final class Collector extends AbstractVisitor {

        private final Paragraphs out = new Paragraphs();

        @Override
        protected void visitChildren(Node parent) {
            if (parent instanceof Block) {
                out.breakParagraph();
            }
            super.visitChildren(parent);
            if (parent instanceof Block) {
                out.breakParagraph();
            }
        }

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
            block(HtmlText.paragraphs(Jsoup.parseBodyFragment(html.getLiteral()).body()));
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
