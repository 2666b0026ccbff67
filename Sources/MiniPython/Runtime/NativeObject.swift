/// A host object living in a Python program: a numpy array, a pyplot figure, a Keras model.
///
/// # How a host module binds to the interpreter (numpy, pyplot, Keras)
///
/// **Values.** A script value is a `PyValue`. Numbers are `.int(Int)` (64-bit), `.float(Double)`,
/// `.bool(Bool)`; `.str(String)`; `.tuple([PyValue])`; `.list(PyList)` (`list.items`);
/// `.dict(PyDict)`; `.none`; `.slice(PySlice)` (`slice.indices(length:)` gives Python's clamped
/// start/stop/step/count); `.ellipsis` for `...`. A host object is `.native(object)` where `object`
/// conforms to this protocol. Read arguments with `PyValue.asIndex` (int/bool → Int),
/// `PyValue.asDouble`, `PyValue.asString`. Scalars taken out of an array should be returned as
/// `.float` / `.int` / `.bool` so they print as Python numbers.
///
/// **Functions.** A module is a `PyModule(name:doc:functions:constants:)` built from
/// `BuiltinFunction(name:signature:doc:body:)` entries. A body receives `Arguments`:
/// `arguments.required("a", at: 0)`, `arguments.value("axis", at: 1)`,
/// `arguments.int("axis", at: 1, default: nil)`, `arguments.bool("keepdims", default: false)`,
/// `arguments.double`, `arguments.string`, `arguments.expectCount(1...3)`,
/// `arguments.allowKeywords([...])`. `arguments.interpreter` calls back into Python
/// (`call(_:_:keywords:)`), formats values (`repr(_:)`, `str(_:)`), iterates (`iterate(_:)`) and
/// emits outputs (`emit(.plot(...))`: pyplot's `show()`).
///
/// **Registering a module.** Add one line to `ModuleRegistry.standard`
/// (`ModuleRegistry+Standard.swift`): `registry.register("numpy") { NumpyModule.make() }`.
/// The factory runs once per session, so module state (the `np.random` generator) is per session.
/// Dotted names register the same way (`"matplotlib.pyplot"`, `"numpy.linalg"`,
/// `"tensorflow.keras.layers"`); `import a.b` binds `a` to a package module whose attributes are
/// its registered children. A submodule may also simply be a member (`np.linalg` as a `.module`).
///
/// **Errors.** Throw `PyException(.valueError, "operands could not be broadcast together with
/// shapes (2,3) (4,) ", help: "did you mean W.T?")`. The interpreter adds the traceback. Never trap on
/// a learner's mistake.
///
/// **Operators.** `a + b` first calls `a.binary(.add, b, reflected: false)` when `a` is native;
/// `nil` means NotImplemented, and then `b.binary(.add, a, reflected: true)` is tried when `b` is
/// native (`2 * x`), then `TypeError: unsupported operand type(s) for +: 'int' and 'list'`.
/// Comparisons with a native right operand are swapped (`3 < x` calls `x.binary(.greater, 3,
/// reflected: false)`). `x += v` calls `inPlace(.add, v)`; `nil` falls back to `x = x + v`.
/// `x[s] += v` runs `t = x[s]` (a view for basic slices), `t.inPlace(.add, v)` (writes through
/// the view), then `x[s] = t`, as Python does, so `setItem(at:to:in:)` must accept its own view.
///
/// **Everything else** has a default that raises the TypeError Python would raise, so a host type
/// implements only what it supports.
public protocol NativeObject: AnyObject {
  /// The Python type name: `"numpy.ndarray"` for `type(x)`, shown as `'numpy.ndarray'` in errors.
  var typeName: String { get }
  /// `repr(x)`, also the REPL's echo.
  func repr(in interpreter: Interpreter) throws(PyException) -> String
  /// `str(x)` and `print(x)`; defaults to `repr`.
  func str(in interpreter: Interpreter) throws(PyException) -> String
  /// `x.name`: an attribute or a method (return `.builtin` capturing `self`); `nil` → AttributeError.
  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue?
  /// `x.name = value`; return `false` → AttributeError.
  func setAttribute(_ name: String, to value: PyValue, in interpreter: Interpreter) throws(PyException)
    -> Bool
  /// Names listed by `dir(x)` and tab completion.
  var attributeNames: [String] { get }
  /// `x[key]`; `key` may be an int, a slice, a tuple of those, `None`, `...`, a list or a host array.
  func item(at key: PyValue, in interpreter: Interpreter) throws(PyException) -> PyValue
  /// `x[key] = value`.
  func setItem(at key: PyValue, to value: PyValue, in interpreter: Interpreter) throws(PyException)
  /// A binary operator; `reflected` means `other op self`. Return `nil` for NotImplemented.
  func binary(_ op: BinaryOperator, _ other: PyValue, reflected: Bool, in interpreter: Interpreter)
    throws(PyException) -> PyValue?
  /// An in-place operator (`+=`) that mutates `self`; return `nil` to fall back to `binary`.
  func inPlace(_ op: BinaryOperator, _ other: PyValue, in interpreter: Interpreter) throws(PyException)
    -> PyValue?
  /// A unary operator (`-x`, `+x`, `~x`); `nil` → TypeError.
  func unary(_ op: UnaryOperator, in interpreter: Interpreter) throws(PyException) -> PyValue?
  /// `bool(x)`, `if x:`; an array of several elements raises ValueError.
  func truthValue(in interpreter: Interpreter) throws(PyException) -> Bool
  /// `len(x)`; `nil` → `TypeError: object of type 'T' has no len()`.
  func length(in interpreter: Interpreter) throws(PyException) -> Int?
  /// `for v in x`; `nil` → `TypeError: 'T' object is not iterable`.
  func makeIterator(in interpreter: Interpreter) throws(PyException) -> PyIterator?
  /// `x(...)`; `nil` → `TypeError: 'T' object is not callable`.
  func call(_ arguments: Arguments) throws(PyException) -> PyValue?
  /// `v in x`; `nil` → falls back to iterating `x`.
  func contains(_ value: PyValue, in interpreter: Interpreter) throws(PyException) -> Bool?
  /// `float(x)` and `x.__float__`; `nil` if not convertible.
  var floatValue: Double? { get }
  /// `int(x)`, and `__index__` when used as a list index; `nil` if not convertible.
  var indexValue: Int? { get }
  /// Whether `x` may be a dict key (hashed by identity). Arrays are not hashable.
  var isHashable: Bool { get }
}

extension NativeObject {
  public func str(in interpreter: Interpreter) throws(PyException) -> String {
    try repr(in: interpreter)
  }
  public func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    nil
  }
  public func setAttribute(_ name: String, to value: PyValue, in interpreter: Interpreter)
    throws(PyException) -> Bool
  { false }
  public var attributeNames: [String] { [] }
  public func item(at key: PyValue, in interpreter: Interpreter) throws(PyException) -> PyValue {
    throw PyException(.typeError, "'\(typeName)' object is not subscriptable")
  }
  public func setItem(at key: PyValue, to value: PyValue, in interpreter: Interpreter)
    throws(PyException)
  {
    throw PyException(.typeError, "'\(typeName)' object does not support item assignment")
  }
  public func binary(
    _ op: BinaryOperator, _ other: PyValue, reflected: Bool, in interpreter: Interpreter
  ) throws(PyException) -> PyValue? { nil }
  public func inPlace(_ op: BinaryOperator, _ other: PyValue, in interpreter: Interpreter)
    throws(PyException) -> PyValue?
  { nil }
  public func unary(_ op: UnaryOperator, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    nil
  }
  public func truthValue(in interpreter: Interpreter) throws(PyException) -> Bool { true }
  public func length(in interpreter: Interpreter) throws(PyException) -> Int? { nil }
  public func makeIterator(in interpreter: Interpreter) throws(PyException) -> PyIterator? { nil }
  public func call(_ arguments: Arguments) throws(PyException) -> PyValue? { nil }
  public func contains(_ value: PyValue, in interpreter: Interpreter) throws(PyException) -> Bool? {
    nil
  }
  public var floatValue: Double? { nil }
  public var indexValue: Int? { nil }
  public var isHashable: Bool { true }
}
