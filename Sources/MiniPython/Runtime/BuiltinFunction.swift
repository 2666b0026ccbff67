/// A function implemented in Swift: a built-in, a module member, or a host object's bound method.
///
/// One table entry per function: its name, its signature as `help()` shows it, its help text, and
/// its implementation. `help(f)`, `dir(module)`, tab completion and argument errors read the same
/// entry.
///
/// ```swift
/// BuiltinFunction(name: "hypot", signature: "hypot(x, y)", doc: "Euclidean norm sqrt(x*x + y*y).") {
///   arguments throws(PyException) in
///   try arguments.expectCount(2...2)
///   return .float(hypot(try arguments.double("x", at: 0), try arguments.double("y", at: 1)))
/// }
/// ```
///
/// A module's functions are created with the module, once per session, and run on the session's
/// thread only; built-in type constructors shared by all sessions capture no state. That is why the
/// class is `@unchecked Sendable`.
public final class BuiltinFunction: @unchecked Sendable {
  /// The name used in error messages (`"sum"`).
  public let name: String
  /// The signature shown by `help` (`"sum(a, axis=None, keepdims=False)"`).
  public let signature: String
  /// The help text shown by `help`.
  public let doc: String
  /// The implementation.
  public let body: (Arguments) throws(PyException) -> PyValue
  /// The same implementation for a call with exactly one positional argument, when the function
  /// has one: `len(x)` and `str(i)` then run without building an argument list.
  public let unary: ((PyValue, Interpreter) throws(PyException) -> PyValue)?
  /// The same for exactly two positional arguments: `np.dot(W, x)`, `np.maximum(0, Z)`.
  public let binary: ((PyValue, PyValue, Interpreter) throws(PyException) -> PyValue)?
  /// Attributes besides `__name__` and `__doc__`: the methods of a numpy ufunc (`np.add.at`).
  public let attributes: [String: PyValue]

  /// Creates a built-in function; `unary` and `binary`, if given, must do what `body` does with
  /// one and two positional arguments.
  public init(
    name: String, signature: String? = nil, doc: String = "",
    unary: ((PyValue, Interpreter) throws(PyException) -> PyValue)? = nil,
    binary: ((PyValue, PyValue, Interpreter) throws(PyException) -> PyValue)? = nil,
    attributes: [String: PyValue] = [:],
    body: @escaping (Arguments) throws(PyException) -> PyValue
  ) {
    self.name = name
    self.signature = signature ?? "\(name)(...)"
    self.doc = doc
    self.unary = unary
    self.binary = binary
    self.attributes = attributes
    self.body = body
  }
}
