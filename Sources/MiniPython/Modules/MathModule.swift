/// The `math` module: constants and real functions with Python's domain and range errors.
enum MathModule {
  static func make() -> PyModule {
    PyModule(
      name: "math", doc: "Mathematical functions for real numbers.",
      functions: unary + other,
      constants: [
        "pi": .float(Double.pi), "e": .float(2.718281828459045), "tau": .float(2 * Double.pi),
        "inf": .float(.infinity), "nan": .float(.nan),
      ])
  }

  private static func domain() -> PyException { PyException(.valueError, "math domain error") }

  private static func function(
    _ name: String, _ doc: String, _ f: @escaping @Sendable (Double) throws(PyException) -> PyValue
  ) -> BuiltinFunction {
    BuiltinFunction(name: name, signature: "\(name)(x)", doc: doc) { arguments throws(PyException) in
      try arguments.expectCount(1...1)
      return try f(try Arguments.real(arguments[0]))
    }
  }

  private static func real(
    _ name: String, _ doc: String, valid: @escaping @Sendable (Double) -> Bool = { _ in true },
    _ f: @escaping @Sendable (Double) -> Double
  ) -> BuiltinFunction {
    function(name, doc) { x throws(PyException) in
      guard valid(x) else { throw domain() }
      let y = f(x)
      if y.isInfinite && x.isFinite { throw PyException(.overflowError, "math range error") }
      return .float(y)
    }
  }

  private static func integral(_ name: String, _ rule: FloatingPointRoundingRule) -> BuiltinFunction {
    function(name, "x rounded (\(name)) to an int.") { x throws(PyException) in
      if x.isNaN { throw PyException(.valueError, "cannot convert float NaN to integer") }
      if x.isInfinite { throw PyException(.overflowError, "cannot convert float infinity to integer") }
      return .int(Int(x.rounded(rule)))
    }
  }

  static let unary: [BuiltinFunction] = [
    real("sqrt", "The square root of x.", valid: { $0 >= 0 || $0.isNaN }, LibM.sqrt),
    real("exp", "e raised to the power x.", LibM.exp),
    real("expm1", "exp(x) - 1, accurate for small x.", LibM.expm1),
    real("log2", "The base-2 logarithm of x.", valid: { $0 > 0 || $0.isNaN }, LibM.log2),
    real("log10", "The base-10 logarithm of x.", valid: { $0 > 0 || $0.isNaN }, LibM.log10),
    real("log1p", "log(1 + x), accurate for small x.", valid: { $0 > -1 || $0.isNaN }, LibM.log1p),
    real("sin", "The sine of x (radians).", valid: { !$0.isInfinite }, LibM.sin),
    real("cos", "The cosine of x (radians).", valid: { !$0.isInfinite }, LibM.cos),
    real("tan", "The tangent of x (radians).", valid: { !$0.isInfinite }, LibM.tan),
    real("asin", "The arc sine of x.", valid: { abs($0) <= 1 || $0.isNaN }, LibM.asin),
    real("acos", "The arc cosine of x.", valid: { abs($0) <= 1 || $0.isNaN }, LibM.acos),
    real("atan", "The arc tangent of x.", LibM.atan),
    real("sinh", "The hyperbolic sine of x.", LibM.sinh),
    real("cosh", "The hyperbolic cosine of x.", LibM.cosh),
    real("tanh", "The hyperbolic tangent of x.", LibM.tanh),
    real("fabs", "The absolute value of x as a float.", { abs($0) }),
    real("erf", "The error function of x.", LibM.erf),
    real("erfc", "The complementary error function of x.", LibM.erfc),
    real("gamma", "The gamma function of x.", valid: { !($0 <= 0 && $0 == $0.rounded()) }, LibM.tgamma),
    real("lgamma", "The log of the absolute gamma function of x.", valid: { !($0 <= 0 && $0 == $0.rounded()) }, LibM.lgamma),
    real("degrees", "x converted from radians to degrees.", { $0 * 180 / Double.pi }),
    real("radians", "x converted from degrees to radians.", { $0 * Double.pi / 180 }),
    integral("floor", .down),
    integral("ceil", .up),
    integral("trunc", .towardZero),
    function("isnan", "Whether x is NaN.") { x throws(PyException) in .bool(x.isNaN) },
    function("isinf", "Whether x is infinite.") { x throws(PyException) in .bool(x.isInfinite) },
    function("isfinite", "Whether x is neither infinite nor NaN.") { x throws(PyException) in .bool(x.isFinite) },
    function("factorial", "x! for a non-negative int x.") { x throws(PyException) in
      guard x >= 0, x == x.rounded() else {
        throw PyException(.valueError, "factorial() not defined for negative values")
      }
      var result = 1
      for k in stride(from: 2, through: Int(x), by: 1) {
        let (r, o) = result.multipliedReportingOverflow(by: k)
        if o { throw Interpreter.overflow(.multiply) }
        result = r
      }
      return .int(result)
    },
  ]

  static let other: [BuiltinFunction] = [
    BuiltinFunction(name: "log", signature: "log(x[, base])", doc: "The logarithm of x to base (default e).") {
      arguments throws(PyException) in
      try arguments.expectCount(1...2)
      let x = try Arguments.real(arguments[0])
      guard x > 0 || x.isNaN else { throw domain() }
      guard arguments.count == 2 else { return .float(LibM.log(x)) }
      let base = try Arguments.real(arguments[1])
      guard base > 0 else { throw domain() }
      if base == 1 { throw PyException(.zeroDivisionError, "float division by zero") }
      return .float(LibM.log(x) / LibM.log(base))
    },
    BuiltinFunction(name: "pow", signature: "pow(x, y)", doc: "x raised to the power y, as floats.") {
      arguments throws(PyException) in
      try arguments.expectCount(2...2)
      let x = try Arguments.real(arguments[0])
      let y = try Arguments.real(arguments[1])
      if x == 0 && y < 0 || x < 0 && y != y.rounded() && y.isFinite { throw domain() }
      return .float(LibM.pow(x, y))
    },
    BuiltinFunction(name: "atan2", signature: "atan2(y, x)", doc: "The arc tangent of y/x, in the right quadrant.") {
      arguments throws(PyException) in
      try arguments.expectCount(2...2)
      return .float(LibM.atan2(try Arguments.real(arguments[0]), try Arguments.real(arguments[1])))
    },
    BuiltinFunction(name: "hypot", signature: "hypot(*coordinates)", doc: "The Euclidean norm sqrt(sum(x*x)).") {
      arguments throws(PyException) in
      var total = 0.0
      for value in arguments.positional { total = LibM.hypot(total, try Arguments.real(value)) }
      return .float(total)
    },
    BuiltinFunction(name: "fmod", signature: "fmod(x, y)", doc: "C's fmod: x - n*y with the sign of x.") {
      arguments throws(PyException) in
      try arguments.expectCount(2...2)
      let y = try Arguments.real(arguments[1])
      if y == 0 { throw domain() }
      return .float(LibM.fmod(try Arguments.real(arguments[0]), y))
    },
    BuiltinFunction(name: "copysign", signature: "copysign(x, y)", doc: "x with the sign of y.") {
      arguments throws(PyException) in
      try arguments.expectCount(2...2)
      let x = try Arguments.real(arguments[0])
      let y = try Arguments.real(arguments[1])
      return .float(Double(signOf: y, magnitudeOf: x))
    },
    BuiltinFunction(
      name: "isclose", signature: "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)",
      doc: "Whether a and b are close: |a-b| <= max(rel_tol * max(|a|, |b|), abs_tol)."
    ) { arguments throws(PyException) in
      let a = try arguments.double("a", at: 0)
      let b = try arguments.double("b", at: 1)
      let relative = try arguments.double("rel_tol", default: 1e-9)
      let absolute = try arguments.double("abs_tol", default: 0)
      if a == b { return .bool(true) }
      if a.isInfinite || b.isInfinite { return .bool(false) }
      return .bool(abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute))
    },
    BuiltinFunction(name: "gcd", signature: "gcd(*integers)", doc: "The greatest common divisor.") {
      arguments throws(PyException) in
      var g = 0
      for index in 0..<arguments.count {
        var b = abs(try arguments.int("x", at: index))
        var a = g
        while b != 0 { (a, b) = (b, a % b) }
        g = a
      }
      return .int(g)
    },
    BuiltinFunction(name: "prod", signature: "prod(iterable, *, start=1)", doc: "The product of the items.") {
      arguments throws(PyException) in
      var total = try arguments.value("start") ?? .int(1)
      for item in try arguments.interpreter.collect(try arguments.required("iterable", at: 0)) {
        total = try arguments.interpreter.binary(.multiply, total, item)
      }
      return total
    },
    BuiltinFunction(name: "fsum", signature: "fsum(iterable)", doc: "An accurate floating-point sum.") {
      arguments throws(PyException) in
      var sum = 0.0
      var compensation = 0.0
      for item in try arguments.interpreter.collect(try arguments.required("iterable", at: 0)) {
        let y = try Arguments.real(item) - compensation
        let t = sum + y
        compensation = (t - sum) - y
        sum = t
      }
      return .float(sum)
    },
    BuiltinFunction(name: "comb", signature: "comb(n, k)", doc: "The number of ways to choose k of n items.") {
      arguments throws(PyException) in
      let n = try arguments.int("n", at: 0)
      let k = try arguments.int("k", at: 1)
      if n < 0 || k < 0 { throw PyException(.valueError, "n must be a non-negative integer") }
      if k > n { return .int(0) }
      var result = 1
      for i in 0..<min(k, n - k) {
        let (r, o) = result.multipliedReportingOverflow(by: n - i)
        if o { throw Interpreter.overflow(.multiply) }
        result = r / (i + 1)
      }
      return .int(result)
    },
  ]
}
