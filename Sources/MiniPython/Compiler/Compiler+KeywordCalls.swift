/// Calls with keyword arguments, `f(x, learning_rate=0.01)`: for a Python function with a plain
/// signature the call site works out once which parameter slot each keyword fills, then fills
/// the callee's frame directly instead of building argument lists and binding them by name.
extension Compiler {
  /// A call `callee(p0, p1, ..., k0=v0, k1=v1, ...)` with positional arguments first, then
  /// distinct keywords; `nil` for any other shape (stars, repeated keywords).
  func compileKeywordCall(_ function: @escaping Evaluator, _ arguments: [Expression.Argument])
    throws(SyntaxError) -> Evaluator?
  {
    var names: [String] = []
    for argument in arguments {
      switch argument {
      case .positional: if !names.isEmpty { return nil }
      case .keyword(let name, _):
        if names.contains(name) { return nil }
        names.append(name)
      case .star, .doubleStar: return nil
      }
    }
    var positional: [Evaluator] = []
    var keywords: [Evaluator] = []
    for argument in arguments {
      switch argument {
      case .positional(let e): positional.append(try compile(e))
      case .keyword(_, let e): keywords.append(try compile(e))
      case .star, .doubleStar: break
      }
    }
    let plan = KeywordPlan(positionalCount: positional.count, names: names)
    return { f throws(PyException) in
      let target = try function(f)
      if case .function(let callee) = target, let layout = plan.layout(for: callee) {
        let code = callee.code
        let frame: Frame
        if let pooled = code.pooledFrameIfAny() {
          pooled.globals = callee.globals
          frame = pooled
        } else {
          frame = Frame(
            slotCount: code.slotCount, cells: [], globals: callee.globals, file: code.file,
            interpreter: f.interpreter)
        }
        for index in 0..<positional.count { frame.slots[index] = try positional[index](f) }
        for index in 0..<keywords.count { frame.slots[layout.slots[index]] = try keywords[index](f) }
        let firstDefault = code.positionalNames.count - callee.defaults.count
        for slot in layout.defaulted { frame.slots[slot] = callee.defaults[slot - firstDefault] }
        return try f.interpreter.run(callee, in: frame)
      }
      var values: [PyValue] = []
      values.reserveCapacity(positional.count)
      for evaluate in positional { values.append(try evaluate(f)) }
      var named: [(name: String, value: PyValue)] = []
      named.reserveCapacity(names.count)
      for index in 0..<names.count { named.append((names[index], try keywords[index](f))) }
      return try f.interpreter.call(target, values, keywords: named)
    }
  }
}

/// A keyword call site's memory of how its arguments land in the last function it called.
final class KeywordPlan {
  /// Where the arguments go: the slot of each keyword, and the parameters left to their defaults.
  struct Layout {
    var slots: [Int]
    var defaulted: [Int]
  }

  let positionalCount: Int
  let names: [String]
  private var code: Identity?
  private var defaultCount = -1
  private var layout: Layout?

  init(positionalCount: Int, names: [String]) {
    self.positionalCount = positionalCount
    self.names = names
  }

  /// The layout for calling `function`, or `nil` when the call needs the general binding rules
  /// (a keyword-only, `*args` or `**kwargs` signature, or arguments that raise `TypeError`).
  @inline(__always)
  func layout(for function: PyFunction) -> Layout? {
    let code = function.code
    if code.identity === self.code, function.defaults.count == defaultCount { return layout }
    self.code = code.identity
    defaultCount = function.defaults.count
    layout = KeywordPlan.plan(code, defaultCount: defaultCount, positionalCount, names)
    return layout
  }

  private static func plan(_ code: FunctionCode, defaultCount: Int, _ positionalCount: Int, _ names: [String])
    -> Layout?
  {
    guard code.isSimple else { return nil }
    let parameterCount = code.positionalNames.count
    guard positionalCount <= parameterCount else { return nil }
    var filled = Array(repeating: false, count: parameterCount)
    for index in 0..<positionalCount { filled[index] = true }
    var slots: [Int] = []
    for name in names {
      guard let slot = code.positionalNames.firstIndex(of: name), !filled[slot] else { return nil }
      filled[slot] = true
      slots.append(slot)
    }
    let firstDefault = parameterCount - defaultCount
    var defaulted: [Int] = []
    for slot in 0..<parameterCount where !filled[slot] {
      guard slot >= firstDefault else { return nil }
      defaulted.append(slot)
    }
    return Layout(slots: slots, defaulted: defaulted)
  }
}
