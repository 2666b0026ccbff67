extension Interpreter {
  /// `a op b` for an arithmetic or bitwise operator, with Python's rules and error messages.
  public func binary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
    if op.isComparison { return try compare(op, a, b) }
    switch (a, b) {
    case (.int(let x), .int(let y)): return try Interpreter.intOp(op, x, y)
    case (.float(let x), .float(let y)): return try Interpreter.floatOp(op, x, y)
    case (.int(let x), .float(let y)): return try Interpreter.floatOp(op, Double(x), y)
    case (.float(let x), .int(let y)): return try Interpreter.floatOp(op, x, Double(y))
    default: return try slowBinary(op, a, b)
    }
  }

  private func slowBinary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
    if case .native(let object) = a, let result = try object.binary(op, b, reflected: false, in: self) {
      return result
    }
    if case .native(let object) = b, let result = try object.binary(op, a, reflected: true, in: self) {
      return result
    }
    if case .instance(let object) = a, let method = object.cls.lookup("__\(op.dunder)__") {
      let result = try call(method, [a, b])
      if case .type(let cls) = result, cls === Builtins.notImplementedType {} else { return result }
    }
    if case .instance(let object) = b, let method = object.cls.lookup("__r\(op.dunder)__") {
      let result = try call(method, [b, a])
      if case .type(let cls) = result, cls === Builtins.notImplementedType {} else { return result }
    }
    switch (op, a, b) {
    case (_, .bool, _), (_, _, .bool):
      if let x = a.asIndex, let y = b.asIndex, Interpreter.isIntLike(a), Interpreter.isIntLike(b) {
        let result = try Interpreter.intOp(op, x, y)
        if case .bool = a, case .bool = b, op == .bitAnd || op == .bitOr || op == .bitXor {
          return .bool(result.asIndex != 0)
        }
        return result
      }
      if let x = Interpreter.number(a), let y = Interpreter.number(b) {
        return try Interpreter.floatOp(op, x, y)
      }
    case (.add, .str(let x), .str(let y)): return .str(x + y)
    case (.add, .list(let x), .list(let y)): return .list(PyList(x.items + y.items))
    case (.add, .tuple(let x), .tuple(let y)): return .tuple(x + y)
    case (.multiply, .str, _), (.multiply, .list, _), (.multiply, .tuple, _):
      return try repeatSequence(a, b)
    case (.multiply, _, .str), (.multiply, _, .list), (.multiply, _, .tuple):
      return try repeatSequence(b, a)
    case (.modulo, .str(let format), _):
      return .str(try PercentFormat.format(format, b, interpreter: self))
    case (.bitOr, .set(let x), .set(let y)):
      let result = PySet()
      for e in x.elements + y.elements { result.insert(try PyKey(e)) }
      return .set(result)
    case (.bitAnd, .set(let x), .set(let y)):
      let result = PySet()
      for e in x.elements where y.contains(try PyKey(e)) { result.insert(try PyKey(e)) }
      return .set(result)
    case (.subtract, .set(let x), .set(let y)):
      let result = PySet()
      for e in x.elements where !y.contains(try PyKey(e)) { result.insert(try PyKey(e)) }
      return .set(result)
    case (.bitXor, .set(let x), .set(let y)):
      let result = PySet()
      for e in x.elements where !y.contains(try PyKey(e)) { result.insert(try PyKey(e)) }
      for e in y.elements where !x.contains(try PyKey(e)) { result.insert(try PyKey(e)) }
      return .set(result)
    default:
      break
    }
    if op == .add, case .str = a {
      throw PyException(.typeError, "can only concatenate str (not \"\(b.typeName)\") to str")
    }
    if op == .add, case .list = a {
      throw PyException(.typeError, "can only concatenate list (not \"\(b.typeName)\") to list")
    }
    if op == .add, case .tuple = a {
      throw PyException(.typeError, "can only concatenate tuple (not \"\(b.typeName)\") to tuple")
    }
    let symbol = op == .power ? "** or pow()" : op.symbol
    throw PyException(
      .typeError,
      "unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
  }

  private static func isIntLike(_ value: PyValue) -> Bool {
    switch value {
    case .int, .bool: return true
    default: return false
    }
  }

  /// `MemoryError` (as CPython raises it) for `[0] * 10**11` or `"a" * 10**12`: a repetition
  /// larger than physical memory would otherwise stop the process, losing the session.
  static func checkRepetition(of sequence: PyValue, count: Int) throws(PyException) {
    let (length, itemSize): (Int, Int)
    switch sequence {
    case .str(let s): (length, itemSize) = (s.utf8.count, 1)
    case .list(let list): (length, itemSize) = (list.items.count, MemoryLayout<PyValue>.stride)
    case .tuple(let items): (length, itemSize) = (items.count, MemoryLayout<PyValue>.stride)
    default: return
    }
    let (items, overflow) = length.multipliedReportingOverflow(by: count)
    let (bytes, overflow2) = items.multipliedReportingOverflow(by: itemSize)
    if overflow || overflow2 || bytes > ArrayAllocation.physicalBytes { throw PyException(.memoryError, "") }
  }

  private func repeatSequence(_ sequence: PyValue, _ times: PyValue) throws(PyException) -> PyValue {
    guard let n = times.asIndex, Interpreter.isIntLike(times) else {
      throw PyException(.typeError, "can't multiply sequence by non-int of type '\(times.typeName)'")
    }
    let count = max(0, n)
    try Interpreter.checkRepetition(of: sequence, count: count)
    switch sequence {
    case .str(let s): return .str(String(repeating: s, count: count))
    case .list(let list):
      var items: [PyValue] = []
      items.reserveCapacity(list.items.count * count)
      for _ in 0..<count { items.append(contentsOf: list.items) }
      return .list(PyList(items))
    case .tuple(let tuple):
      var items: [PyValue] = []
      for _ in 0..<count { items.append(contentsOf: tuple) }
      return .tuple(items)
    default: return .none
    }
  }

  static func overflow(_ op: BinaryOperator) -> PyException {
    PyException(
      .overflowError, "integer overflow in '\(op.symbol)': the result does not fit in 64 bits",
      help: "Backprop's int is 64-bit; use a float (e.g. 2.0 ** 100) for larger values")
  }

  /// `int op int`: exact, raising `OverflowError` instead of wrapping.
  @inline(__always)
  static func intOp(_ op: BinaryOperator, _ x: Int, _ y: Int) throws(PyException) -> PyValue {
    switch op {
    case .add:
      let (r, o) = x.addingReportingOverflow(y)
      if o { throw overflow(op) }
      return .int(r)
    case .subtract:
      let (r, o) = x.subtractingReportingOverflow(y)
      if o { throw overflow(op) }
      return .int(r)
    case .multiply:
      let (r, o) = x.multipliedReportingOverflow(by: y)
      if o { throw overflow(op) }
      return .int(r)
    case .trueDivide:
      if y == 0 { throw PyException(.zeroDivisionError, "division by zero") }
      return .float(Double(x) / Double(y))
    case .floorDivide:
      if y == 0 { throw PyException(.zeroDivisionError, "integer division or modulo by zero") }
      if x == Int.min && y == -1 { throw overflow(op) }
      let q = x / y
      return .int((x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q)
    case .modulo:
      if y == 0 { throw PyException(.zeroDivisionError, "integer modulo by zero") }
      if y == -1 { return .int(0) }
      let r = x % y
      return .int(r != 0 && (r < 0) != (y < 0) ? r + y : r)
    case .power:
      if y < 0 {
        if x == 0 { throw PyException(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
        return .float(LibM.pow(Double(x), Double(y)))
      }
      var result = 1
      var base = x
      var exponent = y
      while exponent > 0 {
        if exponent & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { throw overflow(op) }
          result = r
        }
        exponent >>= 1
        if exponent > 0 {
          let (b, o) = base.multipliedReportingOverflow(by: base)
          if o { throw overflow(op) }
          base = b
        }
      }
      return .int(result)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .leftShift:
      if y < 0 { throw PyException(.valueError, "negative shift count") }
      if y >= 63 || (x != 0 && (x << y) >> y != x) { throw overflow(op) }
      return .int(x << y)
    case .rightShift:
      if y < 0 { throw PyException(.valueError, "negative shift count") }
      return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .matrixMultiply:
      throw PyException(.typeError, "unsupported operand type(s) for @: 'int' and 'int'")
    default:
      return .bool(compareOrdered(op, x, y))
    }
  }

  /// `float op float` with Python's zero-division errors and floor semantics.
  @inline(__always)
  static func floatOp(_ op: BinaryOperator, _ x: Double, _ y: Double) throws(PyException) -> PyValue {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .trueDivide:
      if y == 0 { throw PyException(.zeroDivisionError, "float division by zero") }
      return .float(x / y)
    case .floorDivide:
      if y == 0 { throw PyException(.zeroDivisionError, "float floor division by zero") }
      return .float(floorDivide(x, y))
    case .modulo:
      if y == 0 { throw PyException(.zeroDivisionError, "float modulo") }
      return .float(floatModulo(x, y))
    case .power:
      if x == 0 && y < 0 {
        throw PyException(.zeroDivisionError, "0.0 cannot be raised to a negative power")
      }
      if x < 0 && y != y.rounded() && y.isFinite {
        throw PyException(
          .valueError, "negative number cannot be raised to a fractional power",
          help: "Python would return a complex number; Backprop has no complex type")
      }
      let r = LibM.pow(x, y)
      if r.isInfinite && x.isFinite && y.isFinite {
        throw PyException(.overflowError, "(34, 'Numerical result out of range')")
      }
      return .float(r)
    default:
      if op.isComparison { return .bool(compareOrdered(op, x, y)) }
      throw PyException(
        .typeError, "unsupported operand type(s) for \(op.symbol): 'float' and 'float'")
    }
  }

  static func floatModulo(_ x: Double, _ y: Double) -> Double {
    var mod = LibM.fmod(x, y)
    if mod != 0 {
      if (y < 0) != (mod < 0) { mod += y }
    } else {
      mod = y < 0 ? -0.0 : 0.0
    }
    return mod
  }

  static func floorDivide(_ x: Double, _ y: Double) -> Double {
    let mod = LibM.fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 && (y < 0) != (mod < 0) { div -= 1 }
    if div == 0 { return (x / y) < 0 ? -0.0 : 0.0 }
    let floored = div.rounded(.down)
    return div - floored > 0.5 ? floored + 1 : floored
  }
}
