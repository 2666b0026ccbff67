import NotebookUI
import Testing

/// An edited lesson shown in place of the open one: position and outputs kept where it matches.
@Suite struct ReloadTests {
  static let old = Document(
    id: "l", title: "L",
    blocks: [
      .paragraph("Intro."), .code("a = 1"), .output([.text("one\n")]), .code("b = 2"),
      .output([.text("two\n")]), .code("c = 3"),
    ])

  @Test func unchangedCellsKeepTheirOutputsAndEditedOnesLoseThem() {
    let new = Document(
      id: "l", title: "L",
      blocks: [.paragraph("Intro, longer."), .code("b = 2"), .code("a = 10"), .code("c = 3")])
    #expect(
      new.carryingOutputs(from: Self.old).blocks == [
        .paragraph("Intro, longer."), .code("b = 2"), .output([.text("two\n")]), .code("a = 10"),
        .code("c = 3"),
      ])
  }

  @Test func theSelectedCellFollowsItsSourceAndTheScrollStays() {
    var state = Fixtures.state(width: 80, height: 24)
    _ = update(&state, with: .lessonOpened(Self.old))
    state.lesson.selectedCell = 2
    state.lesson.scroll = 3
    state.reload(
      Document(
        id: "l", title: "L",
        blocks: [.paragraph("New first paragraph."), .code("z = 0"), .code("a = 1"), .code("c = 3")]))
    #expect(state.lesson.selectedCell == 2)
    #expect(state.lesson.scroll == 0)  // the shorter lesson fits: clamped
    #expect(
      state.lesson.document?.blocks == [
        .paragraph("New first paragraph."), .code("z = 0"), .code("a = 1"),
        .output([.text("one\n")]), .code("c = 3"),
      ])
  }

  @Test func anotherLessonIsIgnored() {
    var state = Fixtures.state(width: 80, height: 24)
    _ = update(&state, with: .lessonOpened(Self.old))
    state.reload(Document(id: "other", title: "Other", blocks: [.paragraph("x")]))
    #expect(state.lesson.document == Self.old)
  }
}
