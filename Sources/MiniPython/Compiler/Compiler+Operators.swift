extension Compiler {
  /// Int and float arithmetic without leaving the closure; `nil` result means "take the slow path".
  @inline(__always)
  static func fastArithmetic(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue? {
    switch op {
    case .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power:
      switch (a, b) {
      case (.int(let x), .int(let y)): return try Interpreter.intOp(op, x, y)
      case (.float(let x), .float(let y)): return try Interpreter.floatOp(op, x, y)
      case (.int(let x), .float(let y)): return try Interpreter.floatOp(op, Double(x), y)
      case (.float(let x), .int(let y)): return try Interpreter.floatOp(op, x, Double(y))
      default: return nil
      }
    default:
      return nil
    }
  }

  /// `l op r`; with `fusing`, an element-wise expression becomes one fused loop (`compileFused`).
  func compileBinary(_ op: BinaryOperator, _ l: Expression, _ r: Expression, fusing: Bool = true) throws(SyntaxError) -> Evaluator {
    if op == .add, case .constant(.string(let x), _) = l, case .constant(.string(let y), _) = r {
      let joined = PyValue.str(x + y)  // `"d" + "W"` is folded, as CPython folds it
      return { _ throws(PyException) in joined }
    }
    if op == .modulo, case .constant(.string(let text), _) = l, let template = PercentTemplate(text) {
      let right = try compile(r)
      let format = PyValue.str(text)
      return { f throws(PyException) in
        let b = try right(f)
        if let result = try template.format(b, interpreter: f.interpreter) { return .str(result) }
        return try f.interpreter.binary(.modulo, format, b)
      }
    }
    if fusing, let fused = try compileFused(.binary(op, l, r, l.location), plain: { () throws(SyntaxError) in
      try compileBinary(op, l, r, fusing: false)
    }) {
      return fused
    }
    let left = try compile(l)
    let right = try compile(r)
    switch op {
    case .add:
      return { f throws(PyException) in
        let a = try left(f)
        let b = try right(f)
        switch (a, b) {
        case (.int(let x), .int(let y)):
          let (sum, overflow) = x.addingReportingOverflow(y)
          if !overflow { return .int(sum) }
        case (.float(let x), .float(let y)): return .float(x + y)
        case (.float(let x), .int(let y)): return .float(x + Double(y))
        case (.int(let x), .float(let y)): return .float(Double(x) + y)
        case (.str(let x), .str(let y)): return .str(x + y)
        default: break
        }
        return try f.interpreter.binary(.add, a, b)
      }
    case .subtract:
      return { f throws(PyException) in
        let a = try left(f)
        let b = try right(f)
        switch (a, b) {
        case (.int(let x), .int(let y)):
          let (difference, overflow) = x.subtractingReportingOverflow(y)
          if !overflow { return .int(difference) }
        case (.float(let x), .float(let y)): return .float(x - y)
        case (.float(let x), .int(let y)): return .float(x - Double(y))
        case (.int(let x), .float(let y)): return .float(Double(x) - y)
        default: break
        }
        return try f.interpreter.binary(.subtract, a, b)
      }
    case .multiply:
      return { f throws(PyException) in
        let a = try left(f)
        let b = try right(f)
        switch (a, b) {
        case (.int(let x), .int(let y)):
          let (product, overflow) = x.multipliedReportingOverflow(by: y)
          if !overflow { return .int(product) }
        case (.float(let x), .float(let y)): return .float(x * y)
        case (.float(let x), .int(let y)): return .float(x * Double(y))
        case (.int(let x), .float(let y)): return .float(Double(x) * y)
        default: break
        }
        return try f.interpreter.binary(.multiply, a, b)
      }
    default:
      return { f throws(PyException) in
        let a = try left(f)
        let b = try right(f)
        if let result = try Compiler.fastArithmetic(op, a, b) { return result }
        return try f.interpreter.binary(op, a, b)
      }
    }
  }

  /// `a < b`, `a in b`, `a is b`, and chains `a < b < c` (each operand evaluated once).
  func compileCompare(_ first: Expression, _ rest: [(Expression.Comparison, Expression)])
    throws(SyntaxError) -> Evaluator
  {
    let head = try compile(first)
    var steps: [(Expression.Comparison, Evaluator)] = []
    for (op, operand) in rest { steps.append((op, try compile(operand))) }
    if steps.count == 1, case .ordered(let op) = steps[0].0 {
      let right = steps[0].1
      return { f throws(PyException) in
        let a = try head(f)
        let b = try right(f)
        switch (a, b) {
        case (.int(let x), .int(let y)): return .bool(Interpreter.compareOrdered(op, x, y))
        case (.float(let x), .float(let y)): return .bool(Interpreter.compareOrdered(op, x, y))
        case (.int(let x), .float(let y)): return .bool(Interpreter.compareOrdered(op, Double(x), y))
        case (.float(let x), .int(let y)): return .bool(Interpreter.compareOrdered(op, x, Double(y)))
        default: return try f.interpreter.compare(op, a, b)
        }
      }
    }
    return { f throws(PyException) in
      var left = try head(f)
      var result = PyValue.bool(true)
      for (op, evaluate) in steps {
        let right = try evaluate(f)
        switch op {
        case .ordered(let o): result = try f.interpreter.compare(o, left, right)
        case .isIn: result = .bool(try f.interpreter.contains(right, left))
        case .notIn: result = .bool(!(try f.interpreter.contains(right, left)))
        case .isSame: result = .bool(left.isIdentical(to: right))
        case .isNotSame: result = .bool(!left.isIdentical(to: right))
        }
        if steps.count > 1, !(try f.interpreter.truthy(result)) { return result }
        left = right
      }
      return result
    }
  }
}
