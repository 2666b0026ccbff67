import Dispatch
import MiniPython
import Synchronization
import TextPlot

/// The real runtime: MiniPython sessions, seeded, with values converted to `CheckValue`s.
///
/// Each session seeds Python's `random` and numpy's global generator with the lesson's seed,
/// so cells, checks and reference solutions are reproducible. Plots are rendered at
/// `plotWidth` × `plotHeight` characters. Code that runs longer than `timeLimit` (an endless
/// loop in a learner's answer) is interrupted and reported as a `TimeoutError`, as learnr does.
public struct MiniPythonRuntime: LessonRuntime {
  /// The size plots are rendered at in cell results.
  public var plotWidth: Int
  public var plotHeight: Int
  /// The longest one run of code (a cell, the learner's code, a check) may take.
  public var timeLimit: Duration

  /// Creates the runtime.
  public init(plotWidth: Int = 60, plotHeight: Int = 15, timeLimit: Duration = .seconds(30)) {
    self.plotWidth = plotWidth
    self.plotHeight = plotHeight
    self.timeLimit = timeLimit
  }

  public func makeSession(seed: UInt64) -> any LessonSession {
    let session = Self.seededSession(seed: seed)
    return MiniPythonSession(
      session: session, plotWidth: plotWidth, plotHeight: plotHeight, timeLimit: timeLimit)
  }
}

extension MiniPythonRuntime {
  /// A MiniPython session seeded as a lesson's namespace is: Python's `random` and numpy's global
  /// generator both start from `seed`, so the notebook shows what the linter recorded.
  ///
  /// - Parameter output: receives each output as it is produced (see `Session.init`).
  public static func seededSession(
    seed: UInt64, output: @escaping @Sendable (Output) -> Void = { _ in }
  ) -> Session {
    let session = Session(output: output)
    // Separate runs, so a module that cannot be seeded does not stop the other from being seeded.
    _ = session.run(source: "import random as __bp\n__bp.seed(\(seed))\ndel __bp\n", fileName: "<seed>")
    _ = session.run(
      source: "import numpy as __bp\n__bp.random.seed(\(seed % (1 << 32)))\ndel __bp\n",
      fileName: "<seed>")
    return session
  }
}

/// One MiniPython namespace seen through `LessonSession`.
struct MiniPythonSession: LessonSession {
  let session: Session
  let plotWidth: Int
  let plotHeight: Int
  let timeLimit: Duration

  static let resultName = "__bp_check_value"

  /// Runs `source`, interrupting it after `timeLimit`; a timed-out run's error says so.
  func limitedRun(_ source: String, fileName: String) -> (result: RunResult, error: String?) {
    let fired = Watchdog()
    let interrupt = session.interrupt
    let limit = timeLimit
    // A Dispatch timer, not a Task: the run blocks its caller, and when callers are Swift
    // concurrency threads a Task-based watchdog can wait for a thread that never frees up.
    let watchdog = DispatchWorkItem {
      fired.value.store(true, ordering: .relaxed)
      interrupt.raise()
    }
    let (seconds, attoseconds) = limit.components
    let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds), execute: watchdog)
    let result = session.run(source: source, fileName: fileName)
    watchdog.cancel()
    guard let error = result.error else { return (result, nil) }
    if fired.value.load(ordering: .relaxed) {
      return (result, "TimeoutError: the code ran for more than \(limit) and was stopped (an endless loop?)")
    }
    return (result, error.description)
  }

  /// Set once the time limit has passed.
  final class Watchdog: Sendable {
    let value = Atomic<Bool>(false)
  }

  mutating func run(_ source: String) -> CellResult {
    let (result, error) = limitedRun(source, fileName: "<cell>")
    var outputs: [CellOutput] = []
    for output in result.outputs {
      switch output {
      case .text(let text): outputs.append(.text(text))
      case .plot(let plot):
        // Plain rows: the shade ramp reads without colour, where half blocks would not.
        outputs.append(.plot(lines: plot.lines(width: plotWidth, height: plotHeight, mode: .monochrome), summary: plot.summary))
      case .diagnostic(let diagnostic) where diagnostic != result.error:
        outputs.append(.text(diagnostic.description + "\n"))
      case .diagnostic: break
      case .progress(let progress) where progress.isEpochEnd:
        outputs.append(.text(progress.header + "\n" + progress.line() + "\n"))
      case .progress: break
      }
    }
    return CellResult(outputs: outputs, error: error)
  }

  mutating func evaluate(_ expression: String) -> Result<CheckValue, EvaluationError> {
    let (_, error) = limitedRun("\(Self.resultName) = (\(expression))\n", fileName: "<check>")
    if let error { return .failure(EvaluationError(error)) }
    guard let value = session.interpreter.global(Self.resultName) else {
      return .failure(EvaluationError("the check produced no value"))
    }
    return .success(MiniPythonSession.checkValue(value))
  }

  mutating func assign(_ name: String, _ value: CheckValue) -> Result<Void, EvaluationError> {
    guard let converted = MiniPythonSession.pyValue(value) else {
      return .failure(EvaluationError("TypeError: cannot bind a \(value.typeName) to '\(name)'"))
    }
    session.interpreter.setGlobal(name, converted)
    return .success(())
  }

  /// A Python value as a check value (numpy arrays by shape, scalars and dtype).
  static func checkValue(_ value: PyValue) -> CheckValue {
    switch value {
    case .none: return .none
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .float(let x): return .float(x)
    case .str(let s): return .string(s)
    case .tuple(let items): return .tuple(items.map(checkValue))
    case .list(let list): return .list(list.items.map(checkValue))
    case .native(let object):
      if let array = object as? NDArray {
        return .array(shape: array.shape, scalars: array.scalars, dtype: array.dtype.name)
      }
      return .object(type: object.typeName, repr: "")
    default:
      return .object(type: value.typeName, repr: "")
    }
  }

  /// A check value as a Python value, for perturbing variables in gradient checks.
  static func pyValue(_ value: CheckValue) -> PyValue? {
    switch value {
    case .none: return PyValue.none
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .float(let x): return .float(x)
    case .string(let s): return .str(s)
    case .array(let shape, let scalars, let dtype):
      return .native(NDArray(shape: shape, scalars: scalars, dtype: DType(rawValue: dtype) ?? .float64))
    case .tuple(let items):
      let converted = items.compactMap(pyValue)
      return converted.count == items.count ? .tuple(converted) : nil
    case .list(let items):
      let converted = items.compactMap(pyValue)
      return converted.count == items.count ? .list(PyList(converted)) : nil
    case .object: return nil
    }
  }
}
