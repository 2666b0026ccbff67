/// Element-wise expressions compiled as one pass over the arrays (`FusedProgram`).
///
/// `1 / (1 + np.exp(-z))` is four numpy operations, each making an array the next one reads once.
/// Compiled as a fused program it evaluates `z` and the callee `np.exp` in Python's order, then
/// computes every element through the four operations in a single loop, making one array. Any
/// operand the fused loop cannot take (a list, a user object, an int array raised to a power,
/// shapes that do not broadcast) sends that operation down the ordinary path, with the ordinary
/// error, at the point Python would have performed it.
///
/// The same expression on Python numbers alone (`i * 2 + 1`) gains nothing from a fused program
/// and pays for its set-up, so each site also keeps the ordinary evaluator (`plain`): after a run
/// that found no array to fuse, the site takes the ordinary one for its next 255 runs, then looks
/// again.
extension Compiler {
  /// The fused form of `expression` when it holds at least two element-wise operations, else nil.
  /// `plain` compiles the same expression without fusing it.
  func compileFused(_ expression: Expression, plain: () throws(SyntaxError) -> Evaluator) throws(SyntaxError) -> Evaluator? {
    guard FusionBuilder.isOperation(expression) else { return nil }
    var builder = FusionBuilder(compiler: self)
    _ = try builder.add(expression)
    guard builder.operations >= 2 else { return nil }
    let program = FusedProgram(
      steps: builder.steps, starts: builder.starts, evaluators: builder.evaluators, names: builder.names)
    let ordinary = try plain()
    return { f throws(PyException) in
      if program.plainRuns > 0 {
        program.plainRuns -= 1
        return try ordinary(f)
      }
      return try program.run(f)
    }
  }
}

/// Flattens an expression tree into `FusedProgram` steps in Python's evaluation order.
struct FusionBuilder {
  let compiler: Compiler
  private(set) var steps: [FusedProgram.Step] = []
  /// For each step, the first step of its subtree (its operands' steps run from there).
  private(set) var starts: [Int] = []
  /// The evaluators of `.value` and `.opaque` steps, which hold their indices.
  private(set) var evaluators: [Evaluator] = []
  /// For each step that calls a numpy function, the function's name (else empty).
  private(set) var names: [String] = []
  private(set) var operations = 0

  init(compiler: Compiler) {
    self.compiler = compiler
  }

  /// The operators that fuse, as numpy's operations.
  static func operation(_ op: BinaryOperator) -> BinaryOperation? {
    switch op {
    case .add: return .add
    case .subtract: return .subtract
    case .multiply: return .multiply
    case .trueDivide: return .divide
    case .power: return .power
    default: return nil
    }
  }

  /// numpy functions of one array that fuse, by name.
  static let unaryFunctions: [String: UnaryOperation] = [
    "exp": .exp, "log": .log, "tanh": .tanh, "sqrt": .sqrt, "abs": .absolute, "absolute": .absolute,
    "square": .square, "log1p": .log1p, "expm1": .expm1, "negative": .negative, "sin": .sin, "cos": .cos,
  ]

  /// numpy functions of two arrays that fuse, by name.
  static let binaryFunctions: [String: BinaryOperation] = [
    "add": .add, "subtract": .subtract, "multiply": .multiply, "divide": .divide, "power": .power,
    "maximum": .maximum, "minimum": .minimum,
  ]

  /// Whether `expression` is itself an operation a fused program computes.
  static func isOperation(_ expression: Expression) -> Bool {
    switch expression {
    case .binary(let op, _, _, _): return operation(op) != nil
    case .unary(.negate, _, _): return true
    case .call(.attribute(_, let name, _), let arguments, _):
      guard arguments.allSatisfy({ if case .positional = $0 { return true } else { return false } }) else { return false }
      return (arguments.count == 1 && unaryFunctions[name] != nil) || (arguments.count == 2 && binaryFunctions[name] != nil)
    default: return false
    }
  }

  /// Adds the steps of `expression`; returns the index of the step that yields its value.
  mutating func add(_ expression: Expression) throws(SyntaxError) -> Int {
    let start = steps.count
    guard FusionBuilder.isOperation(expression) else { return try addLeaf(expression) }
    switch expression {
    case .binary(let op, let left, let right, _):
      let a = try add(left)
      let b = try add(right)
      return append(.binary(FusionBuilder.operation(op)!, op, a, b), from: start)
    case .unary(_, let operand, _):
      let a = try add(operand)
      return append(.negate(a), from: start)
    case .call(.attribute(let object, let name, let location), let arguments, _):
      let callee = try addLeaf(.attribute(object, name, location))
      var operands: [Int] = []
      for case .positional(let argument) in arguments { operands.append(try add(argument)) }
      if operands.count == 1 {
        return append(.unary(FusionBuilder.unaryFunctions[name]!, callee: callee, operands[0]), from: start, name: name)
      }
      return append(.binaryCall(FusionBuilder.binaryFunctions[name]!, callee: callee, operands[0], operands[1]), from: start, name: name)
    default:
      preconditionFailure("isOperation admitted \(expression)")
    }
  }

  private mutating func addLeaf(_ expression: Expression) throws(SyntaxError) -> Int {
    let start = steps.count
    if FusionBuilder.isPure(expression) { return append(.value(try evaluator(expression)), from: start) }
    if case .item(let container, let key, _) = expression, FusionBuilder.isPure(container), FusionBuilder.isPure(key) {
      let c = append(.value(try evaluator(container)), from: start)
      let k = append(.value(try evaluator(key)), from: steps.count)
      return append(.item(c, k), from: start)
    }
    return append(.opaque(try evaluator(expression)), from: start)
  }

  /// Compiles `expression` into `evaluators`; returns its index there.
  private mutating func evaluator(_ expression: Expression) throws(SyntaxError) -> Int {
    evaluators.append(try compiler.compile(expression))
    return evaluators.count - 1
  }

  private mutating func append(_ step: FusedProgram.Step, from start: Int, name: String = "") -> Int {
    switch step {
    case .binary, .negate, .unary, .binaryCall: operations += 1
    default: break
    }
    steps.append(step)
    starts.append(start)
    names.append(name)
    return steps.count - 1
  }

  /// Names, constants and attributes of them: evaluating them runs no code of the learner's
  /// (this language has no properties or `__getattr__`), so they can be read while fused work
  /// is pending.
  static func isPure(_ expression: Expression) -> Bool {
    switch expression {
    case .name, .constant: return true
    case .attribute(let object, _, _): return isPure(object)
    default: return false
    }
  }
}
