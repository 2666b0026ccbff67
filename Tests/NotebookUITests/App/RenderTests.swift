import NotebookUI
import TestSupport
import Testing
import TextPlot

@Suite struct RenderTests {
  @Test func browserAt40x12() {
    let state = Fixtures.state(width: 40, height: 12)
    #expect(
      Fixtures.screen(state).lines == [
        " Backprop                               ",
        " Lessons                                ",
        "1 Neural networks                       ",
        "  ✓ Logistic regression                 ",
        "  • A shallow network                   ",
        "2 Improving networks                    ",
        "    Initialisation                      ",
        "                                        ",
        "                                        ",
        "                                        ",
        "                                        ",
        " Enter open  / search  ? all keys       ",
      ])
  }

  @Test func lessonWithCJKTextAt40x12() {
    var state = Fixtures.state(width: 40, height: 12)
    _ = update(&state, with: .lessonOpened(Fixtures.cjkDocument))
    #expect(
      Fixtures.screen(state).lines == [
        " Backprop · 深度学习                    ",
        " Lesson                                 ",
        " 损失函数                               ",
        "                                        ",
        " 中文的文字会按显示宽度换行，不会越界。 ",
        "                                        ",
        " │ print('你好')                        ",
        "                                        ",
        "                                        ",
        "                                        ",
        "                                        ",
        " Enter run cell  n next item  ? all keys",
      ])
  }

  @Test func tooSmallIsOneLineAndNeverCrashes() {
    for (width, height) in [(20, 6), (1, 1), (0, 0), (39, 30), (200, 9)] {
      let lines = Fixtures.screen(Fixtures.state(width: width, height: height)).lines
      #expect(lines.count == height)
      #expect(lines.dropFirst().allSatisfy { $0.allSatisfy { $0 == " " } })
    }
    #expect(
      Fixtures.screen(Fixtures.state(width: 20, height: 6)).lines[0] == "Too small: 20x6     ")
  }

  @Test func replShowsTheTranscriptMatchesAndTheCaret() {
    var state = Fixtures.state(width: 40, height: 12)
    _ = Fixtures.apply(
      [
        .key(.character("r")), .lineSubmitted("print('你好')"),
        .output([.text("你好")], isFinished: true),
        .lineEdited(LineEditorState(text: "np.ze", matches: ["np.zeros", "np.zeros_like"])),
      ],
      to: &state)
    let screen = Fixtures.screen(state)
    #expect(
      Array(screen.lines[1...10]) == [
        " REPL                                   ",
        " >>> print('你好')                      ",
        " 你好                                   ",
        "                                        ",
        "                                        ",
        "                                        ",
        "                                        ",
        "                                        ",
        " np.zeros  np.zeros_like                ",
        " >>> np.ze                              ",
      ])
    #expect(screen.cursor == GridPoint(column: 10, row: 10))
  }

  @Test func wideLayoutAt80x24() {
    var state = Fixtures.state(width: 80, height: 24)
    _ = Fixtures.apply(
      [.lessonOpened(Fixtures.document), .key(.enter), .output([.text("6")], isFinished: true)],
      to: &state)
    assertSnapshot(Fixtures.screen(state).lines, named: "lesson-80x24")
  }

  @Test func wideLayoutAt200x60WithAPlot() {
    var state = Fixtures.state(width: 200, height: 60)
    _ = Fixtures.apply(
      [
        .lessonOpened(Fixtures.document), .key(.character("n")), .key(.enter),
        .output([.figure(Fixtures.figure), .text("loss 0.25")], isFinished: true),
        .key(.character("r")),
        .lineSubmitted("1 + 1"), .output([.text("2")], isFinished: true),
      ],
      to: &state)
    assertSnapshot(Fixtures.screen(state).lines, named: "plot-200x60")
  }

  @Test func helpOverlayAt80x24InASCII() {
    var state = Fixtures.state(width: 80, height: 24, glyphs: .ascii)
    _ = update(&state, with: .key(.character("?")))
    assertSnapshot(Fixtures.screen(state).lines, named: "help-80x24-ascii")
  }

  @Test func monochromeMarksSelectionAndFocusWithReverseVideo() {
    let screen = Fixtures.screen(Fixtures.state(width: 40, height: 12))
    #expect(screen.grid[5, 1].style.isReversed)  // the focused pane's header
    #expect(screen.grid[0, 2].style.isReversed)  // the selected row
    #expect(screen.grid[0, 3].style == .plain)
  }

  @Test func darkThemeColoursTheSelection() {
    let screen = Fixtures.screen(Fixtures.state(width: 40, height: 12, theme: .dark))
    #expect(screen.grid[0, 2].style.background == .ansi(14))
  }
}
