/// An error numpy raises, with the Python exception type and numpy's exact message.
///
/// The binding turns it into the interpreter's Python exception; the message text matches numpy 2.x
/// word for word (`operands could not be broadcast together with shapes (2,3) (4,) `, trailing space
/// included), and `help` carries a hint for a likely learner mistake.
public struct NumpyError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The Python exception class numpy raises.
  public enum Kind: String, Sendable {
    case valueError = "ValueError"
    case indexError = "IndexError"
    case typeError = "TypeError"
    /// numpy's `AxisError`, a subclass of both `ValueError` and `IndexError`.
    case axisError = "AxisError"
    case linAlgError = "LinAlgError"
    /// numpy's `_UFuncOutputCastingError`, a `TypeError`: a ufunc result that `out=` cannot hold.
    case outputCastingError = "_UFuncOutputCastingError"
    /// An array larger than this machine can hold (numpy's `_ArrayMemoryError`, a `MemoryError`).
    case memoryError = "MemoryError"
  }

  public var kind: Kind
  public var message: String
  /// A `help:` line for the learner, when a likely cause is known.
  public var help: String?

  public init(_ kind: Kind, _ message: String, help: String? = nil) {
    self.kind = kind
    self.message = message
    self.help = help
  }

  public var description: String { "\(kind.rawValue): \(message)" }

  static func value(_ message: String, help: String? = nil) -> NumpyError {
    NumpyError(.valueError, message, help: help)
  }
  static func index(_ message: String) -> NumpyError { NumpyError(.indexError, message) }
  static func type(_ message: String) -> NumpyError { NumpyError(.typeError, message) }

  /// `Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule
  /// 'same_kind'`: a result stored into an array of a lower kind (`out=`, `+=`).
  static func outputCasting(ufunc: String, from result: DType, to target: DType) -> NumpyError {
    NumpyError(
      .outputCastingError,
      "Cannot cast ufunc '\(ufunc)' output from dtype('\(result.name)') to dtype('\(target.name)') with casting rule 'same_kind'")
  }

  /// `axis 2 is out of bounds for array of dimension 2`.
  static func axis(_ axis: Int, ndim: Int) -> NumpyError {
    NumpyError(.axisError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
  }

  /// A shape as numpy prints it in messages: `(2,3)`, `(4,)`, `()`.
  static func compact(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
  }

  /// A shape as Python prints a tuple: `(2, 3)`, `(4,)`, `()`.
  public static func tuple(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
  }
}
