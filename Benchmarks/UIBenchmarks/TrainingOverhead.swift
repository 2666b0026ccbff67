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
  /// CPU time of the whole process (training thread, UI thread, flush timers).
  var cpuSeconds: Double
  /// CPU time of this thread, the stand-in UI thread: draining, updating, rendering, diffing.
  var uiSeconds: Double
  var frames: Int
  var events: Int
  var changedCells: Int
}

/// CPU seconds of a clock (`CLOCK_PROCESS_CPUTIME_ID`, `CLOCK_THREAD_CPUTIME_ID`).
func cpuSeconds(_ clock: clockid_t) -> Double {
  var time = timespec()
  clock_gettime(clock, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `source` bare (no UI, outputs dropped); wall and process CPU seconds, nil on an error.
func bareRun(_ source: String) -> (seconds: Double, cpuSeconds: Double)? {
  let session = MiniPythonRuntime.seededSession(seed: 0)
  let start = ContinuousClock.now
  let cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID)
  let result = session.run(source: source, fileName: "bench")
  if let error = result.error {
    print("  (bare run failed: \(error.description.split(separator: "\n").last ?? ""))")
    return nil
  }
  return (seconds(ContinuousClock.now - start), cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu)
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
  let cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID)
  let ui = cpuSeconds(CLOCK_THREAD_CPUTIME_ID)
  let effects0 = update(&state, with: .key(.enter))
  guard case .runCell(let id, let index, _)? = effects0.first else {
    preconditionFailure("Enter on the lesson should run its cell, got \(effects0)")
  }
  effects.perform(.runCell(lessonID: id, index: index, source: source), inbox: inbox)
  var run = NotebookRun(
    seconds: 0, cpuSeconds: 0, uiSeconds: 0, frames: 0, events: 0, changedCells: 0)
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
  run.cpuSeconds = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu
  run.uiSeconds = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - ui
  return run
}

/// Prints bare vs notebook times (medians of `runs`, alternating) and the slowdown, in wall time
/// and in process CPU time (steadier on a loaded machine), and the UI thread's share.
func reportOverhead(_ name: String, source: String, runs: Int = 5) {
  let document = Document(id: "bench", title: "Training", blocks: [.code(source)])
  var bare: [(seconds: Double, cpuSeconds: Double)] = []
  var notebook: [NotebookRun] = []
  for _ in 0..<runs {
    guard let time = bareRun(source) else {
      print("\(name.padding(48)) skipped")
      return
    }
    bare.append(time)
    notebook.append(notebookRun(source, document: document))
  }
  func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
  let bareWall = median(bare.map(\.seconds))
  let bareCPU = median(bare.map(\.cpuSeconds))
  let wall = median(notebook.map(\.seconds))
  let cpu = median(notebook.map(\.cpuSeconds))
  let ui = median(notebook.map(\.uiSeconds))
  let slowdown = (wall / bareWall - 1) * 100
  let cpuOverhead = (cpu / bareCPU - 1) * 100
  print(
    "\(name.padding(48)) bare \(format(bareWall * 1000)) ms  notebook \(format(wall * 1000)) ms"
      + "  slowdown \(format(slowdown))% (goal < 10%, \(slowdown < 10 ? "ok" : "over"))")
  print(
    "  CPU: bare \(format(bareCPU * 1000)) ms, notebook \(format(cpu * 1000)) ms (+\(format(cpuOverhead))%),"
      + " of which the UI thread \(format(ui * 1000)) ms (\(format(ui / wall * 100))% of one core)")
  let frames = median(notebook.map { Double($0.frames) })
  let events = median(notebook.map { Double($0.events) })
  let cells = median(notebook.map { Double($0.changedCells / max(1, $0.frames)) })
  print(
    "  \(Int(frames)) frames (\(format(frames / wall)) per second), \(Int(events)) events, "
      + "\(Int(cells)) cells changed per frame")
}
