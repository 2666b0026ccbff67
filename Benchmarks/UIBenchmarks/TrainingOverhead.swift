// How much the notebook slows training down (issue "The notebook": live plotting must cost
// less than 10%). The same script runs (a) bare, through a seeded Session whose sink drops every
// output, and (b) as a lesson cell through NotebookEffects, while this thread plays the UI: it
// drains the inbox, applies every event with `update`, renders a 200x60 frame and diffs it
// against the previous one (what CursesSession.draw writes), as the run loop does.
import LessonKit
import MiniPython
import NotebookUI

#if canImport(Glibc)
  import Glibc
#endif

/// A learner's training loop: a one-hidden-layer network on the planar flower, the cost curve
/// redrawn with `plt.plot(costs); plt.show()` every 10 iterations, a line printed every 100.
let learnerLoop = """
  import numpy as np
  import matplotlib.pyplot as plt
  np.random.seed(1)
  m = 400
  X = np.random.randn(2, m)
  Y = (X[0:1, :] * X[1:2, :] > 0) * 1.0
  W1 = np.random.randn(8, 2) * 0.5
  b1 = np.zeros((8, 1))
  W2 = np.random.randn(1, 8) * 0.5
  b2 = np.zeros((1, 1))
  costs = []
  for i in range(ITERATIONS):
      A1 = np.tanh(np.dot(W1, X) + b1)
      A2 = 1 / (1 + np.exp(-(np.dot(W2, A1) + b2)))
      cost = float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)
      dZ2 = A2 - Y
      dW2 = np.dot(dZ2, A1.T) / m
      db2 = np.sum(dZ2, axis=1, keepdims=True) / m
      dZ1 = np.dot(W2.T, dZ2) * (1 - A1 ** 2)
      dW1 = np.dot(dZ1, X.T) / m
      db1 = np.sum(dZ1, axis=1, keepdims=True) / m
      W1 = W1 - 1.2 * dW1
      b1 = b1 - 1.2 * db1
      W2 = W2 - 1.2 * dW2
      b2 = b2 - 1.2 * db2
      costs.append(cost)
      if i % 10 == 0:
          plt.plot(costs)
          plt.title("cost")
          plt.xlabel("iteration")
          plt.show()
      if i % 100 == 0:
          print("Cost after iteration", i, ":", cost)
  """

/// A Keras `model.fit` run (progress at most 20 times a second, as `verbose=1` emits it).
let kerasFit = """
  import numpy as np
  import tensorflow as tf
  from tensorflow.keras import layers
  np.random.seed(1)
  X = np.random.randn(2048, 20)
  Y = (X[:, 0:1] + X[:, 1:2] > 0) * 1.0
  model = tf.keras.Sequential([layers.Dense(32, activation='relu', input_shape=(20,)),
                               layers.Dense(1, activation='sigmoid')])
  model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
  model.fit(X, Y, epochs=EPOCHS, batch_size=16)
  """

/// What one notebook-path run did.
struct NotebookRun {
  var seconds: Double
  var frames: Int
  var events: Int
  var changedCells: Int
}

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `source` bare (no UI, outputs dropped); the wall time in seconds, or nil on an error.
func bareRun(_ source: String) -> Double? {
  let session = MiniPythonRuntime.seededSession(seed: 0)
  let start = ContinuousClock.now
  let result = session.run(source: source, fileName: "bench")
  if let error = result.error {
    print("  (bare run failed: \(error.description.split(separator: "\n").last ?? ""))")
    return nil
  }
  return seconds(ContinuousClock.now - start)
}

/// Runs `source` as a cell of an open lesson while this thread plays the UI at 200x60.
func notebookRun(_ source: String, document: Document) -> NotebookRun {
  let effects = NotebookEffects(catalog: LessonCatalog(files: []))
  let inbox = EventInbox()
  var state = AppState(width: 200, height: 60)
  _ = update(&state, with: .lessonOpened(document))
  var screen = Screen(width: 0, height: 0)
  render(state, into: &screen)
  let start = ContinuousClock.now
  let effects0 = update(&state, with: .key(.enter))
  guard case .runCell(let id, let index, _)? = effects0.first else {
    preconditionFailure("Enter on the lesson should run its cell, got \(effects0)")
  }
  effects.perform(.runCell(lessonID: id, index: index, source: source), inbox: inbox)
  var run = NotebookRun(seconds: 0, frames: 0, events: 0, changedCells: 0)
  var finished = false
  while !finished {
    let events = inbox.drain()
    if events.isEmpty {
      // The run loop waits for a key at most one tick (30 ms); a short sleep stands in for it.
      usleep(2_000)
      continue
    }
    for event in events {
      run.events += 1
      _ = update(&state, with: event)
      if case .output(_, true) = event { finished = true }
    }
    let previous = screen
    render(state, into: &screen)
    run.changedCells += screen.changedCells(since: previous).count
    run.frames += 1
  }
  run.seconds = seconds(ContinuousClock.now - start)
  return run
}

/// Prints bare vs notebook times (median of `runs`) and the slowdown.
func reportOverhead(_ name: String, source: String, runs: Int = 3) {
  let document = Document(id: "bench", title: "Training", blocks: [.code(source)])
  var bare: [Double] = []
  var notebook: [NotebookRun] = []
  for _ in 0..<runs {
    guard let time = bareRun(source) else {
      print("\(name.padding(48)) skipped")
      return
    }
    bare.append(time)
    notebook.append(notebookRun(source, document: document))
  }
  let bareMedian = bare.sorted()[runs / 2]
  let median = notebook.sorted { $0.seconds < $1.seconds }[runs / 2]
  let slowdown = (median.seconds / bareMedian - 1) * 100
  print(
    "\(name.padding(48)) bare \(format(bareMedian * 1000)) ms  notebook \(format(median.seconds * 1000)) ms"
      + "  slowdown \(format(slowdown))% (goal < 10%, \(slowdown < 10 ? "ok" : "over"))")
  print(
    "  \(median.frames) frames (\(format(Double(median.frames) / median.seconds)) per second), "
      + "\(median.events) events, \(median.changedCells / max(1, median.frames)) cells changed per frame")
}
