import NotebookUI
import Testing

/// A running cell's output is brought into view as it arrives, until the learner scrolls away.
@Suite struct OutputFollowingTests {
  /// A lesson whose only cell is 12 lines long: taller than the 9 content rows at 40x12.
  static let longCell = Document(
    id: "long", title: "Long",
    blocks: [.heading("Long"), .code((1...12).map { "x\($0) = \($0)" }.joined(separator: "\n"))])

  @Test func theOutputOfACellTallerThanTheViewIsShownWithTheCellsLastLines() {
    var state = Fixtures.state(width: 40, height: 12)
    _ = Fixtures.apply([.lessonOpened(Self.longCell), .key(.enter)], to: &state)
    // Lines: heading 0, blank 1, the cell 2-13, blank 14. Enter shows the cell's first line.
    #expect(state.lesson.scroll == 1)
    _ = update(&state, with: .output([.text("a\nb")], isFinished: false))
    // The output is lines 15-16: the view shows lines 8-16, so the blank and x12 stay above it.
    #expect(state.lesson.scroll == 8)
    #expect(
      Array(Fixtures.screen(state).lines[6...10]) == [
        " │ x11 = 11                             ",
        " │ x12 = 12                             ",
        "                                        ",
        " a                                      ",
        " b                                      ",
      ])
  }

  @Test func scrollingAwayDuringARunStopsTheFollowing() {
    var state = Fixtures.state(width: 40, height: 12)
    _ = Fixtures.apply([.lessonOpened(Self.longCell), .key(.enter)], to: &state)
    _ = update(&state, with: .output([.text("a")], isFinished: false))
    #expect(state.lesson.scroll == 7)
    _ = Fixtures.apply([.key(.up), .key(.up)], to: &state)
    _ = update(&state, with: .output([.text("a\nb\nc")], isFinished: false))
    #expect(state.lesson.scroll == 5)
    _ = update(&state, with: .output([.text("a\nb\nc\nd")], isFinished: true))
    #expect(state.lesson.scroll == 5)
    #expect(state.lesson.followedScroll == nil)
  }

  @Test func aLongOutputKeepsItsStartInView() {
    // Cell lines 10-19, output 20-59 in a 10-row view: the output's first line is row 3.
    let top = AppState.outputScroll(
      from: 12, cell: 10..<20, output: 20..<60, figure: nil, viewHeight: 10)
    #expect(top == 18)
  }

  @Test func aShortOutputShowsItsEndAndMovesNoMoreThanNeeded() {
    #expect(
      AppState.outputScroll(from: 0, cell: 2..<8, output: 8..<12, figure: nil, viewHeight: 10)
        == 2)
    #expect(
      AppState.outputScroll(from: 3, cell: 2..<8, output: 8..<12, figure: nil, viewHeight: 10)
        == 3)
  }

  @Test func aRedrawnFigureStaysInViewEvenBelowALongOutput() {
    let top = AppState.outputScroll(
      from: 15, cell: 10..<20, output: 20..<60, figure: 50..<58, viewHeight: 10)
    #expect(top == 48)
    // A figure taller than the view shows its top.
    let tall = AppState.outputScroll(
      from: 15, cell: 10..<20, output: 20..<60, figure: 40..<58, viewHeight: 10)
    #expect(tall == 40)
  }
}
