/// The arguments of a call to a `BuiltinFunction`, with helpers that raise Python-worded errors.
///
/// A parameter is found by position (`at:`) or by keyword (its name), as Python binds them:
/// `arguments.int("axis", at: 1, default: nil)` reads `f(a, 0)` and `f(a, axis=0)` alike.
public struct Arguments {
  /// The function name used in error messages.
  public let functionName: String
  /// Positional arguments, in order.
  public var positional: [PyValue]
  /// Keyword arguments, in call order.
  public var keywords: [(name: String, value: PyValue)]
  /// The interpreter making the call: call back into Python, emit outputs.
  // The interpreter outlives every call it makes; skipping reference counting keeps calls cheap.
  public unowned(unsafe) let interpreter: Interpreter

  /// Creates an argument list.
  public init(
    functionName: String, positional: [PyValue], keywords: [(name: String, value: PyValue)] = [],
    interpreter: Interpreter
  ) {
    self.functionName = functionName
    self.positional = positional
    self.keywords = keywords
    self.interpreter = interpreter
  }

  /// The number of positional arguments.
  public var count: Int { positional.count }

  /// The positional argument at `index`.
  public subscript(index: Int) -> PyValue { positional[index] }

  /// The argument passed at `position` or as keyword `name`, or `nil` if not passed.
  ///
  /// - Throws: `TypeError` if it was passed both ways.
  public func value(_ name: String, at position: Int? = nil) throws(PyException) -> PyValue? {
    let keyword = keywords.first { $0.name == name }?.value
    if let position, position < positional.count {
      if keyword != nil {
        throw PyException(
          .typeError, "\(functionName)() got multiple values for argument '\(name)'")
      }
      return positional[position]
    }
    return keyword
  }

  /// The argument, which must be passed.
  ///
  /// - Throws: `TypeError: f() missing required argument 'x' (pos 1)`.
  public func required(_ name: String, at position: Int? = nil) throws(PyException) -> PyValue {
    if let value = try value(name, at: position) { return value }
    let where_ = position.map { " (pos \($0 + 1))" } ?? ""
    throw PyException(.typeError, "\(functionName)() missing required argument '\(name)'\(where_)")
  }

  /// An integer argument, `nil` if absent or `None` and no default.
  ///
  /// - Throws: `TypeError: 'float' object cannot be interpreted as an integer`.
  public func int(_ name: String, at position: Int? = nil, default fallback: Int?) throws(PyException)
    -> Int?
  {
    guard let value = try value(name, at: position), !value.isNone else { return fallback }
    guard let i = value.asIndex else {
      throw PyException(.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
    }
    return i
  }

  /// An integer argument with a default.
  public func int(_ name: String, at position: Int? = nil, default fallback: Int) throws(PyException)
    -> Int
  {
    try int(name, at: position, default: Optional(fallback)) ?? fallback
  }

  /// A required integer argument.
  public func int(_ name: String, at position: Int? = nil) throws(PyException) -> Int {
    let value = try required(name, at: position)
    guard let i = value.asIndex else {
      throw PyException(.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
    }
    return i
  }

  /// A real-number argument (`int`, `float` or `bool`).
  ///
  /// - Throws: `TypeError: must be real number, not str`.
  public func double(_ name: String, at position: Int? = nil) throws(PyException) -> Double {
    try Arguments.real(try required(name, at: position))
  }

  /// A real-number argument with a default.
  public func double(_ name: String, at position: Int? = nil, default fallback: Double)
    throws(PyException) -> Double
  {
    guard let value = try value(name, at: position), !value.isNone else { return fallback }
    return try Arguments.real(value)
  }

  /// A truth-valued argument with a default (Python truthiness).
  public func bool(_ name: String, at position: Int? = nil, default fallback: Bool) throws(PyException)
    -> Bool
  {
    guard let value = try value(name, at: position) else { return fallback }
    return try interpreter.truthy(value)
  }

  /// A string argument, `nil` if absent or `None`.
  ///
  /// - Throws: `TypeError: f() argument 'name' must be str, not int`.
  public func string(_ name: String, at position: Int? = nil) throws(PyException) -> String? {
    guard let value = try value(name, at: position), !value.isNone else { return nil }
    guard case .str(let s) = value else {
      throw PyException(
        .typeError, "\(functionName)() argument '\(name)' must be str, not \(value.typeName)")
    }
    return s
  }

  /// Checks the number of positional arguments.
  ///
  /// - Throws: `TypeError: f() takes exactly 1 argument (2 given)` and similar.
  public func expectCount(_ range: ClosedRange<Int>) throws(PyException) {
    guard !range.contains(positional.count) else { return }
    let given = positional.count
    let message: String
    if range.lowerBound == range.upperBound {
      let n = range.lowerBound
      message = n == 0
        ? "\(functionName)() takes no arguments (\(given) given)"
        : "\(functionName)() takes exactly \(n) argument\(n == 1 ? "" : "s") (\(given) given)"
    } else if given < range.lowerBound {
      message = "\(functionName)() expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(given)"
    } else {
      message = "\(functionName)() expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(given)"
    }
    throw PyException(.typeError, message)
  }

  /// Checks that every keyword argument is one of `names`.
  ///
  /// - Throws: `TypeError: f() got an unexpected keyword argument 'x'`.
  public func allowKeywords(_ names: @autoclosure () -> Set<String>) throws(PyException) {
    guard !keywords.isEmpty else { return }
    let allowed = names()
    for keyword in keywords where !allowed.contains(keyword.name) {
      throw PyException(
        .typeError, "\(functionName)() got an unexpected keyword argument '\(keyword.name)'")
    }
  }

  /// Converts a real number, raising `TypeError: must be real number, not str`.
  public static func real(_ value: PyValue) throws(PyException) -> Double {
    guard let d = value.asDouble else {
      throw PyException(.typeError, "must be real number, not \(value.typeName)")
    }
    return d
  }
}
