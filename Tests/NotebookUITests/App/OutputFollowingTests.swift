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

  /// Two cells with twelve paragraphs between them.
  static let farApart = Document(
    id: "far", title: "Far",
    blocks: [.heading("Far"), .code("x = 1")] + (1...12).map { .paragraph("Prose \($0).") }
      + [.code("y = 2")])

  @Test func enterAndNActOnWhatIsInViewWhenTheSelectionScrolledAway() {
    var state = Fixtures.state(width: 40, height: 12)
    _ = update(&state, with: .lessonOpened(Self.farApart))
    // Cell 0 is line 2; End shows lines 20-28, with cell 1 on the last.
    _ = update(&state, with: .key(.end))
    #expect(state.lesson.scroll == 20)
    let effects = update(&state, with: .key(.enter))
    #expect(state.lesson.selectedCell == 1)
    #expect(
      effects == [
        .lesson(lessonID: "far", .select(.cell(1))),
        .runCell(lessonID: "far", index: 1, source: "y = 2"),
      ])
  }

  @Test func nFromAboveTheFirstItemSelectsTheFirstOneBelowTheView() {
    var document = Fixtures.document
    document.blocks.insert(contentsOf: (1...12).map { .paragraph("Prose \($0).") }, at: 1)
    var state = Fixtures.state(width: 40, height: 12)
    _ = update(&state, with: .lessonOpened(document))
    state.lesson.selection = 1  // as if the learner had selected cell 1 earlier, then scrolled up
    #expect(
      update(&state, with: .key(.character("n"))) == [
        .lesson(lessonID: "logistic", .select(.cell(0)))
      ])
    #expect(state.lesson.selectedCell == 0)
  }
}
