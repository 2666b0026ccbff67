import NotebookUI
import Testing
import TextPlot

@Suite struct DocumentViewTests {
  typealias Run = PaneLine.Run

  @Test func wrapsCJKByDisplayWidthAndMarksTheSelectedCell() {
    let layout = layoutDocument(
      LessonPaneState(document: Fixtures.cjkDocument), width: 10, glyphs: .unicode)
    #expect(
      layout.lines == [
        .plain("损失函数", .heading), .plain(""), .plain("中文的文字"), .plain("会按显示宽"), .plain("度换行，不"),
        .plain("会越界。"), .plain(""), .text([Run("│ ", .selection), Run("print('你好')", .code)]),
      ])
    #expect(layout.cellStarts == [7])
  }

  @Test func figuresTakeTheirHeightInRows() {
    var pane = LessonPaneState(document: Fixtures.document)
    pane.setOutput([.figure(Fixtures.figure)], ofCell: 1)
    let layout = layoutDocument(pane, width: 20, glyphs: .ascii)
    // Heading, blank, the paragraph in 4 lines, blank: the first cell starts at line 7.
    #expect(layout.cellStarts == [7, 12])
    #expect(layout.lines.suffix(3) == (0..<3).map { .figure(Fixtures.figure, row: $0) })
    #expect(layout.lines[7] == .text([Run("| ", .selection), Run("x = 3", .code)]))
    #expect(layout.lines[12] == .text([Run("| ", .dim), Run("plt.plot(losses)", .code)]))
  }

  @Test func anItemSpansItsOwnLinesAndItsOutputNotTheProseAfterIt() {
    var pane = LessonPaneState(document: Fixtures.document)
    pane.setOutput([.text("6")], ofCell: 0)
    let layout = layoutDocument(pane, width: 20, glyphs: .ascii)
    // Cell 0 is lines 7-8, a blank, its output at 10, a blank, "Now plot it." at 12, a blank,
    // cell 1 at 14.
    #expect(layout.span(ofItem: 0) == 7..<11)
    #expect(layout.outputs == [0: 10..<11])
    #expect(layout.span(ofItem: 1) == 14..<15)
    #expect(layout.lines[12] == .plain("Now plot it."))
  }

  @Test func rendersFigureRowsAtThePaneWidthWithScrollMarks() {
    var pane = LessonPaneState(document: Fixtures.document)
    pane.setOutput([.figure(Fixtures.figure)], ofCell: 1)
    // The text column is 11 wide (the last column holds the scroll marks).
    pane.scroll = layoutDocument(pane, width: 11, glyphs: .ascii).lines.count - 3
    var screen = Screen(width: 12, height: 3)
    render(pane, in: screen.bounds, on: &screen, theme: .monochrome, glyphs: .ascii)
    #expect(screen.lines == ["*   11x3   ^", " *          ", "  *         "])
  }
}

extension DocumentViewTests {
  @Test func aSmallImageTakesOnlyTheRowsItDraws() {
    // A 4x4 imshow: 4 columns and 2 rows a pixel (16x8), plus the title, axis and tick labels:
    // 11 of the figure's 16 rows, and nothing blank is laid out under it.
    var axes = Axes(title: "a 4x4 image")
    axes.imshow(values: (0..<16).map(Double.init), rows: 4, columns: 4)
    let figure = FigureView(axes)
    #expect(figure.height == 16)
    #expect(figure.height(forWidth: 60) == 11)
    var pane = LessonPaneState(document: Fixtures.document)
    pane.setOutput([.figure(figure)], ofCell: 1)
    let layout = layoutDocument(pane, width: 60, glyphs: .ascii)
    #expect(layout.lines.suffix(12).first == .plain(""))
    #expect(layout.lines.suffix(11) == (0..<11).map { .figure(figure, row: $0) })
    let grid = figure.grid(width: 60, mode: .monochrome)
    #expect(grid.height == 11)
    #expect(
      grid.lines.map { String($0.prefix(20)) } == [
        "     a 4x4 image    ",
        " │        ░░░░░░░░  ",
        "0┤        ░░░░░░░░  ",
        " │░░░░░░░░▒▒▒▒▒▒▒▒  ",
        " │░░░░░░░░▒▒▒▒▒▒▒▒  ",
        "2┤▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓  ",
        " │▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓  ",
        " │▓▓▓▓▓▓▓▓████████  ",
        " │▓▓▓▓▓▓▓▓████████  ",
        " └──┬──────┬──────  ",
        "    0      2        ",
      ])
  }
}
