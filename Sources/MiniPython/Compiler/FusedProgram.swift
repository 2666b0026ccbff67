/// An element-wise expression run as one loop over its arrays (see `Compiler.compileFused`).
///
/// The steps run in Python's order. An operation whose operands are all float64 or int64 arrays
/// (at least one dimension) or Python numbers is not computed at once: it is checked (dtypes,
/// broadcast shapes) and left pending, which cannot fail and has no effect. When the value is
/// needed, `FusedKernel` computes the whole pending tree element by element with the same
/// per-element kernels the separate operations use, so results are bit-for-bit the same.
///
/// Pending work is computed before anything that could run the learner's code or change an array
/// (a call, a subscript of a user object): `a * 2 + g(a)` reads `a` before `g` runs, as Python does.
///
/// What each step yielded lives in three parallel scratch buffers: a plain `Lane` (what kind of
/// operand, its dtype, a number's value, an array's first element), the Python value, and the
/// shape. The loop reads only lanes, which need no reference counting.
final class FusedProgram: @unchecked Sendable {
  // @unchecked: steps are immutable after compiling; the callee caches and the scratch are
  // written by the one thread running the program, like every other inline cache of compiled code.

  /// One step; it holds no references, so reading it costs no reference counting.
  enum Step {
    /// A name, constant or attribute chain (its evaluator's index): no learner code runs.
    case value(Int)
    /// Any other operand (its evaluator's index): pending work is computed first.
    case opaque(Int)
    /// `container[key]` with both evaluated already.
    case item(Int, Int)
    case binary(BinaryOperation, BinaryOperator, Int, Int)
    case negate(Int)
    /// `np.exp(x)` and the like (numpy's name for it in `names`): the callee's step and the operand's.
    case unary(UnaryOperation, callee: Int, Int)
    /// `np.maximum(x, y)` and the like.
    case binaryCall(BinaryOperation, callee: Int, Int, Int)
  }

  /// What a step yielded, without references.
  struct Lane {
    enum Kind: UInt8 {
      /// Not fusable: lists, user objects, bool or 0-d arrays, strings.
      case other
      case array
      /// A Python `int` (dtype `.int64`) or `float` (`.float64`).
      case number
      /// Checked and not yet computed.
      case pending
    }

    var kind: Kind
    var type: DType
    var number: Double = 0
    /// An array's first element; its storage is held by the step's value.
    var base: UnsafePointer<Double>? = nil
    var count = 0
    var isContiguous = false
    /// The step whose `shapes` entry holds this step's shape (itself, or a pending operation's
    /// operand of the same shape); -1 for a Python number (shape `()`).
    var shapeOwner = -1
  }

  let steps: [Step]
  let starts: [Int]
  /// Calls the evaluator of a `.value` or `.opaque` step by its index: a tree of closures that
  /// capture them, because a closure called out of an array is retained and released each time.
  let evaluate: (Int, Frame) throws(PyException) -> PyValue
  let names: [String]
  /// The numpy function each callee step was last verified to be (held, so that its address
  /// cannot be reused by another object).
  private var verified: [BuiltinFunction?]
  /// Runs left to the site's ordinary evaluator, after a run that left fewer than three operations
  /// pending. One or two operations gain nothing from fusion, and the ordinary closures reach them
  /// without the program's bookkeeping (measured: `a - lr * b` 210 ns plain, 270–400 fused, the
  /// same from 5,000 elements up; Adam's `v[key] / (1 - np.power(b, t))` has one operation).
  var plainRuns = 0
  /// How many operations the current run left pending.
  private var pended = 0
  /// Scratch rows for `FusedKernel` when one thread computes a tree, kept between runs.
  var scratch = UnsafeMutablePointer<Double>.allocate(capacity: 0)
  var scratchCapacity = 0

  init(steps: [Step], starts: [Int], evaluators: [Evaluator], names: [String]) {
    self.steps = steps
    self.starts = starts
    self.evaluate = FusedProgram.dispatcher(evaluators[...])
    self.names = names
    self.verified = Array(repeating: nil, count: steps.count)
  }

  deinit { scratch.deallocate() }

  /// `{ k, f in evaluators[k](f) }` without the array: halves until one, two or three remain.
  private static func dispatcher(_ evaluators: ArraySlice<Evaluator>) -> (Int, Frame) throws(PyException) -> PyValue {
    let first = evaluators.startIndex
    switch evaluators.count {
    case 0:
      return { _, _ throws(PyException) in .none }
    case 1:
      let e0 = evaluators[first]
      return { _, f throws(PyException) in try e0(f) }
    case 2:
      let (e0, e1) = (evaluators[first], evaluators[first + 1])
      return { k, f throws(PyException) in k == 0 ? try e0(f) : try e1(f) }
    case 3:
      let (e0, e1, e2) = (evaluators[first], evaluators[first + 1], evaluators[first + 2])
      return { k, f throws(PyException) in k == 0 ? try e0(f) : k == 1 ? try e1(f) : try e2(f) }
    default:
      let half = evaluators.count / 2
      let low = dispatcher(evaluators[first..<first + half])
      let high = dispatcher(evaluators[(first + half)...])
      return { k, f throws(PyException) in k < half ? try low(k, f) : try high(k - half, f) }
    }
  }

  /// The state of one run: parallel buffers indexed by step.
  struct State {
    let lanes: UnsafeMutablePointer<Lane>
    let values: UnsafeMutablePointer<PyValue>
    let shapes: UnsafeMutablePointer<[Int]>
  }

  func run(_ f: Frame) throws(PyException) -> PyValue {
    let n = steps.count
    return try withUnsafeTemporaryAllocation(of: Lane.self, capacity: n) { lanes throws(PyException) -> PyValue in
      try withUnsafeTemporaryAllocation(of: PyValue.self, capacity: n) { values throws(PyException) -> PyValue in
        try withUnsafeTemporaryAllocation(of: [Int].self, capacity: n) { shapes throws(PyException) -> PyValue in
          let state = State(lanes: lanes.baseAddress!, values: values.baseAddress!, shapes: shapes.baseAddress!)
          var filled = 0
          defer {
            for index in 0..<filled {
              (state.values + index).deinitialize(count: 1)
              if state.lanes[index].shapeOwner == index { (state.shapes + index).deinitialize(count: 1) }
            }
          }
          pended = 0
          for index in 0..<n {
            try step(index, state, f)
            filled += 1
          }
          if pended < 3 { plainRuns = 255 }
          return try value(n - 1, state)
        }
      }
    }
  }

  /// Runs step `index`, initialising its lane, value and shape.
  @inline(__always)
  private func step(_ index: Int, _ state: State, _ f: Frame) throws(PyException) {
    switch steps[index] {
    case .value(let k):
      set(index, try evaluate(k, f), state)
    case .opaque(let k):
      try computePending(state, below: index)
      set(index, try evaluate(k, f), state)
    case .item(let c, let k):
      let (container, key) = (state.values[c], state.values[k])
      if FusedProgram.mayRunCode(container) || FusedProgram.mayRunCode(key) { try computePending(state, below: index) }
      set(index, try f.interpreter.item(container, key), state)
    case .binary(let op, let pythonOp, let a, let b):
      if pend(index, op, a, b, state) { return }
      let (x, y) = (try value(a, state), try value(b, state))
      if let number = try Compiler.fastArithmetic(pythonOp, x, y) { return set(index, number, state) }
      set(index, try f.interpreter.binary(pythonOp, x, y), state)
    case .negate(let a):
      if pend(index, .negative, a, state) { return }
      set(index, try f.interpreter.unary(.negate, try value(a, state)), state)
    case .unary(let op, let callee, let a):
      if isNumpy(index, callee, state.values[callee], f), pend(index, op, a, state) { return }
      set(index, try f.interpreter.call(state.values[callee], [try value(a, state)], keywords: []), state)
    case .binaryCall(let op, let callee, let a, let b):
      if isNumpy(index, callee, state.values[callee], f), pend(index, op, a, b, state) { return }
      let (x, y) = (try value(a, state), try value(b, state))
      set(index, try f.interpreter.call(state.values[callee], [x, y], keywords: []), state)
    }
  }

  /// Records a computed value for step `index` (its first time: the buffers are uninitialised).
  /// The value moves into the step's slot.
  @inline(__always)
  private func set(_ index: Int, _ value: consuming PyValue, _ state: State) {
    switch value {
    case .int(let i):
      (state.lanes + index).initialize(to: Lane(kind: .number, type: .int64, number: Double(i)))
    case .float(let d):
      (state.lanes + index).initialize(to: Lane(kind: .number, type: .float64, number: d))
    case .native:
      // The value holds the array until it is stored below, so the array is read unretained.
      if let unretained = value.unretainedArray,
        unretained._withUnsafeGuaranteedRef({ array in
          guard array.ndim > 0, array.dtype != .bool else { return false }
          let base = array.count > 0 ? array.readAddress : nil
          (state.lanes + index).initialize(
            to: Lane(
              kind: .array, type: array.dtype, base: base, count: array.count, isContiguous: array.isContiguous,
              shapeOwner: index))
          (state.shapes + index).initialize(to: array.shape)
          return true
        })
      {
        break
      }
      (state.lanes + index).initialize(to: Lane(kind: .other, type: .float64))
    default:
      (state.lanes + index).initialize(to: Lane(kind: .other, type: .float64))
    }
    (state.values + index).initialize(to: value)
  }

  /// The shape of step `index`: `()` for a number.
  @inline(__always)
  private func shape(_ index: Int, _ state: State) -> [Int] {
    let owner = state.lanes[index].shapeOwner
    return owner < 0 ? [] : state.shapes[owner]
  }

  /// Leaves step `index` pending as `op` of step `a`, when it can be.
  @inline(__always)
  private func pend(_ index: Int, _ op: UnaryOperation, _ a: Int, _ state: State) -> Bool {
    let x = state.lanes[a]
    guard x.kind == .array || x.kind == .pending, let type = try? op.resultType(x.type), type != .bool else { return false }
    pended += 1
    (state.lanes + index).initialize(to: Lane(kind: .pending, type: type, shapeOwner: x.shapeOwner))
    (state.values + index).initialize(to: .none)
    return true
  }

  /// Leaves step `index` pending as `op` of steps `a` and `b`, when it can be: at least one is an
  /// array, neither is anything but an array or a number, and the result is a float64 or int64
  /// array (int64 powers, which check their exponents, run at once).
  @inline(__always)
  private func pend(_ index: Int, _ op: BinaryOperation, _ a: Int, _ b: Int, _ state: State) -> Bool {
    let (x, y) = (state.lanes[a], state.lanes[b])
    let xArray = x.kind == .array || x.kind == .pending, yArray = y.kind == .array || y.kind == .pending
    guard (xArray || yArray) && (xArray || x.kind == .number) && (yArray || y.kind == .number),
      let type = try? op.resultType(x.type, y.type), type != .bool, op != .power || type == .float64
    else { return false }
    // The result's shape is an operand's (no copy) unless broadcasting makes a new one.
    var owner = x.shapeOwner
    var broadcast: [Int]? = nil
    if !xArray {
      owner = y.shapeOwner
    } else if yArray && y.shapeOwner != x.shapeOwner {
      let (xs, ys) = (state.shapes[x.shapeOwner], state.shapes[y.shapeOwner])
      if xs != ys {
        guard let shape = try? NDArray.broadcastShape(xs, ys) else { return false }
        if shape == ys { owner = y.shapeOwner } else if shape != xs { broadcast = shape }
      }
    }
    pended += 1
    if let broadcast {
      owner = index
      (state.shapes + index).initialize(to: broadcast)
    }
    (state.lanes + index).initialize(to: Lane(kind: .pending, type: type, shapeOwner: owner))
    (state.values + index).initialize(to: .none)
    return true
  }

  /// The value of step `index`, computing it (and the pending tree below it) if it is pending.
  private func value(_ index: Int, _ state: State) throws(PyException) -> PyValue {
    guard state.lanes[index].kind == .pending else { return state.values[index] }
    let result = FusedKernel.compute(self, state, root: index, shape: shape(index, state), type: state.lanes[index].type)
    for inner in starts[index]..<index where state.lanes[inner].kind == .pending {
      state.lanes[inner].kind = .other  // computed with the tree: a later tree must not redo it
    }
    let base = result.count > 0 ? result.readAddress : nil
    state.values[index] = .native(result)
    let owner = state.lanes[index].shapeOwner
    state.lanes[index] = Lane(kind: .array, type: result.dtype, base: base, count: result.count, isContiguous: true, shapeOwner: owner)
    return state.values[index]
  }

  /// Computes every pending tree among the steps before `end`, last first (a tree's pending
  /// operands are computed with it), before something that could run the learner's code.
  private func computePending(_ state: State, below end: Int) throws(PyException) {
    var index = end - 1
    while index >= 0 {
      if state.lanes[index].kind == .pending {
        _ = try value(index, state)
        index = starts[index]
      }
      index -= 1
    }
  }

  /// Whether `callee`, the value of step `index`, is numpy's own function `names[call]`.
  private func isNumpy(_ call: Int, _ index: Int, _ callee: PyValue, _ f: Frame) -> Bool {
    guard case .builtin(let function) = callee else { return false }
    if let known = verified[index], known === function { return true }
    guard case .builtin(let member)? = f.interpreter.modules["numpy"]?.members[names[call]], member === function else {
      return false
    }
    verified[index] = function
    return true
  }

  /// Whether reading `value[...]` or hashing `value` could call the learner's methods.
  static func mayRunCode(_ value: PyValue) -> Bool {
    switch value {
    case .instance: return true
    case .tuple(let items): return items.contains(where: mayRunCode)
    default: return false
    }
  }
}
