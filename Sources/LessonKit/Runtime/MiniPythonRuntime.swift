import MiniPython

/// The real runtime: MiniPython sessions, seeded, with values converted to `CheckValue`s.
///
/// Each session seeds Python's `random` and numpy's global generator with the lesson's seed,
/// so cells, checks and reference solutions are reproducible. Plots are rendered at
/// `plotWidth` × `plotHeight` characters.
public struct MiniPythonRuntime: LessonRuntime {
  /// The size plots are rendered at in cell results.
  public var plotWidth: Int
  public var plotHeight: Int

  /// Creates the runtime.
  public init(plotWidth: Int = 60, plotHeight: Int = 15) {
    self.plotWidth = plotWidth
    self.plotHeight = plotHeight
  }

  public func makeSession(seed: UInt64) -> any LessonSession {
    let session = Session()
    // Separate runs, so a module that cannot be seeded does not stop the other from being seeded.
    _ = session.run(source: "import random as __bp\n__bp.seed(\(seed))\ndel __bp\n", fileName: "<seed>")
    _ = session.run(
      source: "import numpy as __bp\n__bp.random.seed(\(seed % (1 << 32)))\ndel __bp\n",
      fileName: "<seed>")
    return MiniPythonSession(session: session, plotWidth: plotWidth, plotHeight: plotHeight)
  }
}

/// One MiniPython namespace seen through `LessonSession`.
struct MiniPythonSession: LessonSession {
  let session: Session
  let plotWidth: Int
  let plotHeight: Int

  static let resultName = "__bp_check_value"

  mutating func run(_ source: String) -> CellResult {
    let result = session.run(source: source, fileName: "<cell>")
    var outputs: [CellOutput] = []
    for output in result.outputs {
      switch output {
      case .text(let text): outputs.append(.text(text))
      case .plot(let plot):
        outputs.append(.plot(lines: plot.render(width: plotWidth, height: plotHeight), summary: plot.summary))
      case .diagnostic(let diagnostic) where diagnostic != result.error:
        outputs.append(.text(diagnostic.description + "\n"))
      case .diagnostic: break
      }
    }
    return CellResult(outputs: outputs, error: result.error?.description)
  }

  mutating func evaluate(_ expression: String) -> Result<CheckValue, EvaluationError> {
    let result = session.run(source: "\(Self.resultName) = (\(expression))\n", fileName: "<check>")
    if let error = result.error { return .failure(EvaluationError(error.description)) }
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
