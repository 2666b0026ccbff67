import NotebookUI
import Testing

@Suite struct UpdateTests {
  @Test func browserMovesAndOpensTheSelectedLesson() {
    var state = Fixtures.state(width: 80, height: 24)
    let effects = Fixtures.apply([.key(.down), .key(.character("j")), .key(.enter)], to: &state)
    #expect(state.browser.selection == 2)
    #expect(effects == [.openLesson(id: "shallow")])
  }

  @Test func aCourseRowOpensItsFirstLesson() {
    var state = Fixtures.state(width: 80, height: 24)
    #expect(update(&state, with: .key(.enter)) == [.openLesson(id: "logistic")])
    #expect(state.browser.selection == 1)
    state.browser.selection = 3
    #expect(update(&state, with: .key(.enter)) == [.openLesson(id: "init")])
  }

  @Test func openingALessonFocusesItAndEnterRunsTheSelectedCell() {
    var state = Fixtures.state(width: 80, height: 24)
    let effects = Fixtures.apply(
      [.lessonOpened(Fixtures.document), .key(.character("n")), .key(.enter)], to: &state)
    #expect(state.focus == .lesson)
    #expect(state.lesson.selectedCell == 1)
    #expect(state.running == .cell(1))
    #expect(
      effects == [
        .lesson(lessonID: "logistic", .select(.cell(1))),
        .runCell(lessonID: "logistic", index: 1, source: "plt.plot(losses)"),
      ])
  }

  @Test func cellOutputLandsUnderItsCellAndFinishingStopsTheRun() {
    var state = Fixtures.state(width: 80, height: 24)
    _ = Fixtures.apply([.lessonOpened(Fixtures.document), .key(.enter)], to: &state)
    _ = update(&state, with: .output([.text("6")], isFinished: false))
    #expect(state.running == .cell(0))
    _ = update(&state, with: .output([.text("6"), .text("done")], isFinished: true))
    #expect(state.running == nil)
    #expect(state.lesson.document?.blocks[3] == .output([.text("6"), .text("done")]))
    #expect(state.lesson.document?.blocks.count == 6)
  }

  @Test func replKeysGoToTheLineEditorExceptItsOwnBindings() {
    var state = Fixtures.state(width: 80, height: 24)
    let effects = Fixtures.apply(
      [.key(.character("r")), .key(.character("q")), .key(.tab), .key(.escape)], to: &state)
    #expect(effects == [.editLine(.character("q")), .editLine(.tab)])
    #expect(state.focus == .lesson)
  }

  @Test func aBlockAsksForMoreLinesAndABlankLineRunsIt() {
    var state = Fixtures.state(width: 80, height: 24)
    state.focus = .repl
    var effects = update(&state, with: .lineSubmitted("def f():"))
    #expect(effects == [.evaluate(source: "def f():", allowsContinuation: true)])
    effects = update(&state, with: .needsMoreInput)
    #expect(effects == [.setPrompt("... ")])
    effects = Fixtures.apply([.lineSubmitted("  return 1"), .lineSubmitted("")], to: &state)
    #expect(effects == [.evaluate(source: "def f():\n  return 1", allowsContinuation: false)])
    effects = update(&state, with: .output([], isFinished: true))
    #expect(effects == [.setPrompt(">>> ")])
    #expect(
      state.transcript.entries == [
        .input(prompt: ">>> ", text: "def f():"), .input(prompt: "... ", text: "  return 1"),
        .input(prompt: "... ", text: ""),
      ])
  }

  @Test func controlCInterruptsARunOrClearsTheLine() {
    var state = Fixtures.state(width: 80, height: 24)
    state.focus = .repl
    _ = update(&state, with: .lineSubmitted("train()"))
    #expect(update(&state, with: .key(.control("c"))) == [.interrupt])
    _ = update(&state, with: .output([.text("stopped")], isFinished: true))
    #expect(update(&state, with: .key(.control("c"))) == [.cancelLine])
  }

  @Test func quitAsksFirstOnlyWhileCodeRuns() {
    var state = Fixtures.state(width: 80, height: 24)
    #expect(update(&state, with: .key(.character("q"))) == [.quit])
    state.running = .repl
    #expect(update(&state, with: .key(.character("q"))) == [])
    #expect(state.isConfirmingQuit)
    #expect(update(&state, with: .key(.character("n"))) == [])
    #expect(!state.isConfirmingQuit)
    _ = update(&state, with: .key(.character("q")))
    #expect(update(&state, with: .key(.character("y"))) == [.interrupt, .quit])
  }

  @Test func terminationSignalsAndEndOfInputQuit() {
    var state = Fixtures.state(width: 80, height: 24)
    #expect(update(&state, with: .terminationRequested) == [.quit])
    #expect(update(&state, with: .endOfInput) == [.quit])
  }

  @Test func helpSwallowsKeysUntilClosed() {
    var state = Fixtures.state(width: 80, height: 24)
    _ = Fixtures.apply([.key(.character("?")), .key(.character("j"))], to: &state)
    #expect(state.isHelpShown)
    #expect(state.browser.selection == 0)
    #expect(update(&state, with: .key(.character("q"))) == [])
    #expect(!state.isHelpShown)
    _ = Fixtures.apply([.key(.character("?")), .key(.escape)], to: &state)
    #expect(!state.isHelpShown)
  }

  @Test func resizeKeepsTheSelectionVisible() {
    var state = Fixtures.state(width: 80, height: 24)
    _ = Fixtures.apply([.key(.end), .resize(width: 40, height: 10)], to: &state)
    #expect(state.browser.selection == 4)
    // 10 rows: title, header, 7 list rows, status.
    #expect(state.browser.scroll == 0)
    _ = update(&state, with: .resize(width: 40, height: 5))
    #expect(state.isTooSmall)
  }

  @Test func mouseWheelScrollsAndClickSelectsInTheBrowser() {
    var state = Fixtures.state(width: 120, height: 30)
    _ = update(&state, with: .mouse(MouseEvent(.press, column: 3, row: 4)))
    #expect(state.browser.selection == 2)
    _ = Fixtures.apply(
      [.lessonOpened(Fixtures.document), .mouse(MouseEvent(.press, column: 60, row: 25))],
      to: &state)
    #expect(state.focus == .repl)
  }
}

@Suite struct UpdateScrollingTests {
  @Test func outputOfACellScrollsIntoView() {
    var state = Fixtures.state(width: 40, height: 12)
    _ = Fixtures.apply(
      [.lessonOpened(Fixtures.document), .key(.character("n")), .key(.enter)], to: &state)
    let before = state.lesson.scroll
    _ = update(&state, with: .output([.figure(Fixtures.figure)], isFinished: true))
    // 9 content rows at 40x12, 38 text columns: heading, blank, the paragraph in 2 lines, blank,
    // cell 0 (2 lines), blank, "Now plot it.", blank, cell 1 at line 10. Selecting it scrolls to
    // line 2 (the end of the 11 lines); its output (blank + 3 figure rows) ends at line 14, so
    // the view moves to lines 6-14.
    #expect(before == 2)
    #expect(state.lesson.scroll == 6)
  }
}

@Suite struct TranscriptStateTests {
  @Test func keepsOnlyTheNewestEntries() {
    var transcript = TranscriptState()
    transcript.entries = (0..<(TranscriptState.capacity + 5)).map { .output(.text("\($0)")) }
    #expect(transcript.entries.count == TranscriptState.capacity)
    #expect(transcript.entries.first == .output(.text("5")))
  }
}
