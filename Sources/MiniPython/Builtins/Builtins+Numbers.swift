extension Builtins {
  static let numericFunctions: [BuiltinFunction] = [
    BuiltinFunction(
      name: "abs", signature: "abs(x)", doc: "The absolute value of x.",
      unary: { value, interpreter throws(PyException) in try interpreter.unary(.absolute, value) }
    ) {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      return try arguments.interpreter.unary(.absolute, arguments[0])
    },
    BuiltinFunction(
      name: "round", signature: "round(number, ndigits=None)",
      doc: "number rounded to ndigits decimals (half to even); an int when ndigits is omitted."
    ) { arguments throws(PyException) in
      try arguments.expectCount(1...2)
      let digits = try arguments.int("ndigits", at: 1, default: nil)
      return try round(arguments[0], digits: digits, arguments.interpreter)
    },
    BuiltinFunction(
      name: "divmod", signature: "divmod(x, y)", doc: "The pair (x // y, x % y)."
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      let interpreter = arguments.interpreter
      return .tuple([
        try interpreter.binary(.floorDivide, arguments[0], arguments[1]),
        try interpreter.binary(.modulo, arguments[0], arguments[1]),
      ])
    },
    BuiltinFunction(
      name: "pow", signature: "pow(base, exp, mod=None)", doc: "base ** exp, optionally modulo mod."
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...3)
      if arguments.count == 3, case .int(var base) = arguments[0], case .int(var exponent) = arguments[1],
        case .int(let modulus) = arguments[2]
      {
        if modulus == 0 { throw PyException(.valueError, "pow() 3rd argument cannot be 0") }
        var result = 1 % modulus
        base = ((base % modulus) + modulus) % modulus
        while exponent > 0 {
          if exponent & 1 == 1 { result = Int((Int64(result).multipliedFullWidth(by: Int64(base)).low % UInt64(modulus))) }
          base = Int(Int64(base).multipliedFullWidth(by: Int64(base)).low % UInt64(modulus))
          exponent >>= 1
        }
        return .int(result)
      }
      return try arguments.interpreter.binary(.power, arguments[0], arguments[1])
    },
    BuiltinFunction(name: "chr", signature: "chr(i)", doc: "The character with code point i.") {
      arguments throws(PyException) in
      let code = try arguments.int("i", at: 0)
      guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, code))), code >= 0 else {
        throw PyException(.valueError, "chr() arg not in range(0x110000)")
      }
      return .str(String(Character(scalar)))
    },
    BuiltinFunction(name: "ord", signature: "ord(c)", doc: "The code point of one character.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      guard case .str(let s) = arguments[0] else {
        throw PyException(
          .typeError, "ord() expected string of length 1, but \(arguments[0].typeName) found")
      }
      guard s.unicodeScalars.count == 1, let scalar = s.unicodeScalars.first else {
        throw PyException(
          .typeError, "ord() expected a character, but string of length \(s.count) found")
      }
      return .int(Int(scalar.value))
    },
    radix("hex", 16, "0x"),
    radix("bin", 2, "0b"),
    radix("oct", 8, "0o"),
    BuiltinFunction(name: "hash", signature: "hash(obj)", doc: "The hash value of obj.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      switch arguments[0] {
      case .int(let i): return .int(i == -1 ? -2 : i)
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let d) where d == d.rounded() && abs(d) < 9e18: return .int(Int(d))
      default: return .int(try PyKey(arguments[0]).hashValue)
      }
    },
    BuiltinFunction(name: "id", signature: "id(obj)", doc: "A number identifying obj.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      switch arguments[0] {
      case .list(let o): return .int(ObjectIdentifier(o).hashValue)
      case .dict(let o): return .int(ObjectIdentifier(o).hashValue)
      case .instance(let o): return .int(ObjectIdentifier(o).hashValue)
      case .native(let o): return .int(ObjectIdentifier(o).hashValue)
      default: return .int((try? PyKey(arguments[0]).hashValue) ?? 0)
      }
    },
  ]

  private static func radix(_ name: String, _ base: Int, _ prefix: String) -> BuiltinFunction {
    BuiltinFunction(name: name, signature: "\(name)(number)", doc: "number written in base \(base).") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      guard let i = arguments[0].asIndex else {
        throw PyException(
          .typeError, "'\(arguments[0].typeName)' object cannot be interpreted as an integer")
      }
      return .str((i < 0 ? "-" : "") + prefix + String(i.magnitude, radix: base))
    }
  }

  /// `round(x, digits)` with Python's half-to-even rule.
  static func round(_ value: PyValue, digits: Int?, _ interpreter: Interpreter) throws(PyException)
    -> PyValue
  {
    switch value {
    case .int(let i):
      guard let digits, digits < 0 else { return .int(i) }
      if digits < -18 { return .int(0) }
      var scale = 1
      for _ in 0..<(-digits) { scale *= 10 }
      let q = Double(i) / Double(scale)
      return .int(Int(q.rounded(.toNearestOrEven)) * scale)
    case .bool(let b):
      return .int(b ? 1 : 0)
    default:
      guard let x = value.asDouble else {
        throw PyException(.typeError, "type \(value.typeName) doesn't define __round__ method")
      }
      guard let digits else {
        if x.isNaN { throw PyException(.valueError, "cannot convert float NaN to integer") }
        if x.isInfinite { throw PyException(.overflowError, "cannot convert float infinity to integer") }
        return .int(try toInt(.float(x.rounded(.toNearestOrEven)), interpreter: interpreter))
      }
      if !x.isFinite || digits > 300 { return .float(x) }
      if digits >= 0 {
        return .float(Double(PythonFloat.printf(".\(digits)f", x)) ?? x)
      }
      let scale = LibM.pow(10, Double(-digits))
      return .float((x / scale).rounded(.toNearestOrEven) * scale)
    }
  }
}
