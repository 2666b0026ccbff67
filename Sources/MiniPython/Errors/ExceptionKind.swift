/// The built-in exception types, with Python's hierarchy.
public enum ExceptionKind: String, Sendable, CaseIterable {
  case baseException = "BaseException"
  case exception = "Exception"
  case keyboardInterrupt = "KeyboardInterrupt"
  /// Raised at a suspended generator's `yield` when the generator is closed.
  case generatorExit = "GeneratorExit"
  case arithmeticError = "ArithmeticError"
  case zeroDivisionError = "ZeroDivisionError"
  case overflowError = "OverflowError"
  case lookupError = "LookupError"
  case indexError = "IndexError"
  case keyError = "KeyError"
  case assertionError = "AssertionError"
  case attributeError = "AttributeError"
  case nameError = "NameError"
  case unboundLocalError = "UnboundLocalError"
  case typeError = "TypeError"
  case valueError = "ValueError"
  case importError = "ImportError"
  case moduleNotFoundError = "ModuleNotFoundError"
  case runtimeError = "RuntimeError"
  case recursionError = "RecursionError"
  case notImplementedError = "NotImplementedError"
  case stopIteration = "StopIteration"
  case syntaxError = "SyntaxError"
  case indentationError = "IndentationError"
  case memoryError = "MemoryError"

  /// The parent type in Python's hierarchy (`nil` for `BaseException`).
  public var base: ExceptionKind? {
    switch self {
    case .baseException: return nil
    case .exception, .keyboardInterrupt, .generatorExit: return .baseException
    case .zeroDivisionError, .overflowError: return .arithmeticError
    case .indexError, .keyError: return .lookupError
    case .unboundLocalError: return .nameError
    case .moduleNotFoundError: return .importError
    case .recursionError, .notImplementedError: return .runtimeError
    case .indentationError: return .syntaxError
    default: return .exception
    }
  }

  /// The shared class object of this exception type.
  public var cls: PyClass { ExceptionKind.classes[self]! }  // every case is in the table

  private static let classes: [ExceptionKind: PyClass] = {
    var table: [ExceptionKind: PyClass] = [:]
    func make(_ kind: ExceptionKind) -> PyClass {
      if let existing = table[kind] { return existing }
      let cls = PyClass(builtin: kind.rawValue, base: kind.base.map(make), constructor: nil)
      table[kind] = cls
      return cls
    }
    for kind in ExceptionKind.allCases { _ = make(kind) }
    return table
  }()
}
