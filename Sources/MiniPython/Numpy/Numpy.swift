/// The `numpy` module (`import numpy as np`): arrays, their functions, `np.random` and `np.linalg`.
///
/// The module is a table of `BuiltinFunction`s split by concern (`Numpy+Creation.swift`,
/// `Numpy+Math.swift`, `Numpy+Reductions.swift`, `Numpy+Shape.swift`, `Numpy+Linalg.swift`,
/// `Numpy+Random.swift`); each entry carries its signature and help text. The computing is done by
/// `NDArray` and its extensions; this layer converts Python values and raises Python errors.
///
/// Results that numpy returns as scalars (full reductions, element indexing, ufuncs of scalars)
/// come back as Python `float`/`int`/`bool`, so they print as numpy 1.x printed them (`1.5`, not
/// numpy 2's `np.float64(1.5)`).
enum Numpy {
  /// A fresh module for one session, with its own print options and random generator.
  static func make() -> PyModule {
    let session = NumpySession()
    let module = PyModule(
      name: "numpy", doc: "Arrays and the numerical functions of numpy, computed by NeuralCore.",
      functions: creation + math + reductions + shape + utilities(session) + polynomials + setOperations + statistics,
      constants: constants)
    module.members[NumpySession.memberName] = .native(session)
    let random = randomModule(session.random)
    random.members["RandomState"] = .builtin(NumpyRandomStateObject.constructor)
    module.members["random"] = .module(random)
    module.members["linalg"] = .module(linalgModule())
    for (name, type) in NumpyScalarType.all { module.members[name] = .native(type) }
    module.members["ndarray"] = .type(NDArray.pythonClass)
    module.members["c_"] = .native(NumpyConcatenator(columns: true))
    module.members["r_"] = .native(NumpyConcatenator(columns: false))
    return module
  }

  static var constants: [String: PyValue] {
    [
      "pi": .float(Double.pi), "e": .float(2.718281828459045), "inf": .float(.infinity),
      "nan": .float(.nan), "newaxis": .none, "euler_gamma": .float(0.5772156649015329),
    ]
  }

  /// A table entry: name, signature for `help`, help text, body.
  static func function(
    _ name: String, _ signature: String, _ doc: String,
    _ body: @escaping (Arguments) throws(PyException) -> PyValue
  ) -> BuiltinFunction {
    BuiltinFunction(name: name, signature: signature, doc: doc, body: body)
  }

  /// Runs array code, turning a `NumpyError` into the Python exception numpy raises.
  @inline(__always)
  static func run<T>(_ body: () throws(NumpyError) -> T) throws(PyException) -> T {
    do {
      return try body()
    } catch {
      throw pythonError(error)
    }
  }

  /// The Python exception for a numpy error.
  static func pythonError(_ error: NumpyError) -> PyException {
    switch error.kind {
    case .valueError: return PyException(.valueError, error.message, help: error.help)
    case .indexError: return PyException(.indexError, error.message, help: error.help)
    case .typeError: return PyException(.typeError, error.message, help: error.help)
    case .axisError: return exception(axisErrorClass, error)
    case .linAlgError: return exception(linAlgErrorClass, error)
    case .outputCastingError: return exception(outputCastingErrorClass, error)
    case .memoryError: return PyException(.memoryError, error.message, help: error.help)
    }
  }

  /// `numpy.exceptions.AxisError`, a `ValueError` (numpy also makes it an `IndexError`).
  static let axisErrorClass = PyClass(builtin: "numpy.exceptions.AxisError", base: ExceptionKind.valueError.cls, constructor: nil)
  /// `numpy.linalg.LinAlgError`, a `ValueError`.
  static let linAlgErrorClass = PyClass(builtin: "numpy.linalg.LinAlgError", base: ExceptionKind.valueError.cls, constructor: nil)

  /// numpy's `_UFuncOutputCastingError`, a `TypeError` (through `UFuncTypeError`).
  static let outputCastingErrorClass = PyClass(
    builtin: "numpy._core._exceptions._UFuncOutputCastingError", base: ExceptionKind.typeError.cls, constructor: nil)

  private static func exception(_ cls: PyClass, _ error: NumpyError) -> PyException {
    let exception = PyException(instance: PyInstance(cls: cls, attributes: ["args": .tuple([.str(error.message)])]))
    exception.help = error.help
    return exception
  }
}

/// The per-session state of the numpy module: print options and the global random generator.
final class NumpySession: NativeObject {
  static let memberName = "_session"
  var printOptions = NumpyPrintOptions()
  let random = NumpyRandom()

  var typeName: String { "numpy._session" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String { "<numpy session>" }

  /// The session of the interpreter's numpy module (defaults before numpy is imported).
  static func of(_ interpreter: Interpreter) -> NumpySession? {
    guard case .native(let object)? = interpreter.modules["numpy"]?.members[memberName] else { return nil }
    return object as? NumpySession
  }
}
