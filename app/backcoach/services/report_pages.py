"""Page breaks a reader expects from the report: a heading stays with what follows it, and
the details start on a page of their own only when the summary fitted on the first.

Qt's rich text knows "break before this block" but not "keep with next", so after the
document is laid out for the page size this walks its top-level blocks once and sets the
breaks itself (the layout follows each change before the next block is looked at).
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

ALWAYS = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
AUTO = QTextFormat.PageBreakFlag.PageBreak_Auto


def keep_together(document: QTextDocument, page_height: float) -> None:
    """Fix the breaks of ``document``, laid out already on pages ``page_height`` tall."""
    layout = document.documentLayout()

    def page(y: float) -> int:
        return int(y // page_height)

    def top(block: QTextBlock) -> float:
        table = QTextCursor(block).currentTable()
        if table is not None:  # a table's first cell: where the table starts
            return layout.frameBoundingRect(table).top()
        return layout.blockBoundingRect(block).top()

    def set_break(block: QTextBlock, policy: QTextFormat.PageBreakFlag) -> None:
        cursor = QTextCursor(block)
        form = block.blockFormat()
        form.setPageBreakPolicy(policy)
        cursor.setBlockFormat(form)

    block = document.begin()
    while block.isValid():
        follower = block.next()
        if QTextCursor(block).currentTable() is not None:
            block = follower
            continue
        form = block.blockFormat()
        if form.pageBreakPolicy() & ALWAYS:
            # The summary ran onto the next page: the details follow on that page
            # instead of leaving it nearly empty.
            before = block.previous()
            if before.isValid() and page(layout.blockBoundingRect(before).bottom() - 1) >= 1:
                set_break(block, AUTO)
        elif form.headingLevel() > 0 and follower.isValid():
            rect = layout.blockBoundingRect(block)
            # At least a line of what follows must share the heading's page.
            if page(rect.top()) < page(top(follower) + rect.height()):
                set_break(block, ALWAYS)
        block = follower
