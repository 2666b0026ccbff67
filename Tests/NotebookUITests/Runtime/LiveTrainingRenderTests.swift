import MiniPython
import NotebookUI
import Testing
import TextPlot

/// What a learner sees under a cell while `model.fit` runs: the progress bar and the live loss
/// curve, replaced in place by each batch.
@Suite struct LiveTrainingRenderTests {
  static func running() -> AppState {
    var state = Fixtures.state(width: 80, height: 30)
    _ = update(
      &state,
      with: .lessonOpened(
        Document(id: "fit", title: "Fit", blocks: [.code("model.fit(X, y, epochs=2)")])))
    _ = update(&state, with: .key(.enter))
    return state
  }

  static func outputs(batches: Int) -> [OutputItem] {
    var output = RunOutput()
    var losses: [Double] = []
    for batch in 1...batches {
      let epoch = (batch - 1) / 4 + 1
      let step = (batch - 1) % 4 + 1
      let loss = 1.0 / Double(batch)
      output.append(
        .progress(
          TrainingProgress(
            epoch: epoch, epochs: 2, step: step, steps: 4,
            metrics: [.init(name: "loss", value: loss)], epochLosses: losses,
            elapsed: 0.004 * Double(step))))
      if step == 4 { losses.append(loss) }
    }
    return output.items()
  }

  @Test func theBarAndCurveReplaceThemselvesBatchAfterBatch() {
    var state = Self.running()
    _ = update(&state, with: .output(Self.outputs(batches: 2), isFinished: false))
    _ = update(&state, with: .output(Self.outputs(batches: 6), isFinished: false))
    // One bar (epoch 2, batch 2 of 4) and one curve: batch losses 1/1 ... 1/6 against epochs.
    #expect(
      Fixtures.screen(state).lines == [
        " Backprop · Fit                                                                 ",
        " Lesson                                                                         ",
        " │ model.fit(X, y, epochs=2)                                                    ",
        "                                                                                ",
        " Epoch 2/2  2/4 [===============>..............]  0s 4ms/step                   ",
        " loss: 0.1667                                                                   ",
        "                                    Training loss                               ",
        " 1.0┤         ⠑⢄                                                  ── batch loss ",
        "    │           ⠑⢄                                                ── epoch loss ",
        "    │             ⠑⢄                                                            ",
        "    │               ⠑⢄                                                          ",
        " 0.5┤                 ⠑⢄⡀                                                       ",
        "    │                   ⠈⠉⠒⠢⠤⣀⡀                                                 ",
        "    │                         ⠈⠉⠒⠒⠢⠤⠤⢄⣀⣀⡀                                       ",
        "    │                                   ⠈⠉⠉⠉⠑⠒⠒⠒⠒⠤⠤⠤⠤⠤⠤⢄⣀⣀⣀⣀⡀                   ",
        "    └┬─────────────────┬──────────────────┬─────────────────┬─────────────────┬ ",
        "    0.0               0.5                1.0               1.5              2.0 ",
        "                                       epoch                                    ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "  running  Enter run cell  n next item  h lessons  r REPL  ? all keys           ",
      ])
  }
}

extension LiveTrainingRenderTests {
  @Test func scrollingAwayWhileTrainingSticks() {
    var state = Fixtures.state(width: 80, height: 30)
    let prose = Array(repeating: Document.Block.paragraph("Some prose."), count: 30)
    _ = update(
      &state,
      with: .lessonOpened(
        Document(id: "fit", title: "Fit", blocks: prose + [.code("model.fit(X, y, epochs=2)")])))
    _ = update(&state, with: .key(.character("n")))
    _ = update(&state, with: .key(.enter))
    _ = update(&state, with: .output(Self.outputs(batches: 2), isFinished: false))
    let following = state.lesson.scroll
    #expect(following > 0)
    // The learner scrolls back up to the prose: later batches do not pull the view down.
    _ = update(&state, with: .key(.character("g")))
    _ = update(&state, with: .output(Self.outputs(batches: 3), isFinished: false))
    #expect(state.lesson.scroll == 0)
    _ = update(&state, with: .key(.character("G")))
    _ = update(&state, with: .output(Self.outputs(batches: 4), isFinished: false))
    #expect(state.lesson.scroll >= following)
  }
}
