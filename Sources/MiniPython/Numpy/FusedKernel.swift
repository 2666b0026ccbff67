/// The loop that computes a pending tree of a `FusedProgram`: every element of the result goes
/// through the tree's operations in turn, a chunk of elements at a time, with one scratch row per
/// operation instead of one array per operation.
///
/// ```
/// 1 / (1 + np.exp(-z))     for each chunk of (up to) 256 elements of z:
///                            t0 = -z         (UnaryOperation.negative)
///                            t1 = exp(t0)    (UnaryOperation.exp)
///                            t2 = 1 + t1     (BinaryOperation.add, the 1 read with step 0)
///                            out = 1 / t2    (BinaryOperation.divide)
/// ```
///
/// Each operation runs the same `evaluate` loop over the same values as when it makes its own
/// array, so the result is bit-for-bit the one the separate operations give. Operands broadcast as
/// numpy broadcasts them: along the last axis each is read with its own step (0 for a stretched
/// axis), and the other axes are walked row by row; when every array operand has as many elements
/// as the result and lies contiguous, the whole result is one row.
///
/// The tree is the program's steps `starts[root]...root`; a step's scratch row is indexed by its
/// position in that range. A Python number is stored at the start of its step's row and read with
/// step 0.
enum FusedKernel {
  static let chunk = 256

  /// The pending tree ending at `root`, computed as a new contiguous array of `shape` and `type`.
  static func compute(_ program: FusedProgram, _ state: FusedProgram.State, root: Int, shape: [Int], type: DType) -> NDArray {
    let first = program.starts[root]
    let width = root - first + 1
    let count = shape.reduce(1, *)
    let chunk = Swift.min(FusedKernel.chunk, Swift.max(count, 1))
    let loop = Loop(program: program, lanes: state.lanes, first: first, root: root, chunk: chunk)
    var flat = true
    loop.forEachInput { index in
      if !(state.lanes[index].isContiguous && state.lanes[index].count == count) { flat = false }
    }
    let values = [Double](count: count) { buffer in
      guard count > 0 else { return }
      let out = buffer.baseAddress!
      if !flat {
        return loop.withRows(program) { rows, pointers, steps in
          loop.runByRows(shape: shape, state: state, rows: rows, pointers: pointers, steps: steps, out: out)
        }
      }
      if count * width < ElementwiseLoop.parallelThreshold {
        return loop.withRows(program) { rows, pointers, steps in
          loop.runFlat(0..<count, rows: rows, pointers: pointers, steps: steps, out: out)
        }
      }
      let shared = UncheckedSendable(out)
      ElementwiseLoop.forHalves(count, elementsPerItem: width) { part in
        loop.withRows(nil) { rows, pointers, steps in
          loop.runFlat(part, rows: rows, pointers: pointers, steps: steps, out: shared.value)
        }
      }
    }
    return NDArray(shape: shape, scalars: values, dtype: type)
  }

  /// The steps of one tree over a run's lanes.
  struct Loop {
    let program: FusedProgram
    let lanes: UnsafeMutablePointer<FusedProgram.Lane>
    let first: Int
    let root: Int
    let chunk: Int

    /// Calls `body` with each array the tree's operations read (an array may come more than once).
    /// Other arrays among the steps, such as the `A` of an operand `A[0]`, are not inputs.
    func forEachInput(_ body: (Int) -> Void) {
      for index in first...root where lanes[index].kind == .pending {
        switch program.steps[index] {
        case .binary(_, _, let a, let b), .binaryCall(_, _, let a, let b):
          if lanes[a].kind == .array { body(a) }
          if lanes[b].kind == .array { body(b) }
        case .negate(let a), .unary(_, _, let a):
          if lanes[a].kind == .array { body(a) }
        case .value, .opaque, .item:
          break
        }
      }
    }

    /// Calls `body` with the scratch rows (one per step and one for gathering; the program's own
    /// when given, else new ones) and the current input pointer and step of each step. Numbers
    /// are written into their rows.
    func withRows(
      _ owner: FusedProgram?,
      _ body: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<UnsafePointer<Double>>, UnsafeMutablePointer<Int>) -> Void
    ) {
      let width = root - first + 1
      let needed = (width + 1) * chunk
      var rows: UnsafeMutablePointer<Double>
      if let owner {
        if owner.scratchCapacity < needed {
          owner.scratch.deallocate()
          owner.scratch = .allocate(capacity: needed)
          owner.scratchCapacity = needed
        }
        rows = owner.scratch
      } else {
        rows = .allocate(capacity: needed)
      }
      defer { if owner == nil { rows.deallocate() } }
      for index in first...root where lanes[index].kind == .number {
        rows[(index - first) * chunk] = lanes[index].number
      }
      withUnsafeTemporaryAllocation(of: UnsafePointer<Double>.self, capacity: width) { pointers in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: width) { steps in
          body(rows, pointers.baseAddress!, steps.baseAddress!)
        }
      }
    }

    /// Elements `range` of a result whose array inputs all lie contiguous in its order.
    func runFlat(
      _ range: Range<Int>, rows: UnsafeMutablePointer<Double>, pointers: UnsafeMutablePointer<UnsafePointer<Double>>,
      steps: UnsafeMutablePointer<Int>, out: UnsafeMutablePointer<Double>
    ) {
      forEachInput { index in
        pointers[index - first] = lanes[index].base!
        steps[index - first] = 1
      }
      for start in stride(from: range.lowerBound, to: range.upperBound, by: chunk) {
        evaluate(rows, pointers, steps, offset: start, into: out + start, count: Swift.min(chunk, range.upperBound - start))
      }
    }

    /// Runs the tree's pending steps over `count` elements; array inputs are read at
    /// `pointers[k] + offset·steps[k]`, and the root writes `out`.
    func evaluate(
      _ rows: UnsafeMutablePointer<Double>, _ pointers: UnsafeMutablePointer<UnsafePointer<Double>>,
      _ steps: UnsafeMutablePointer<Int>, offset: Int, into out: UnsafeMutablePointer<Double>, count: Int
    ) {
      @inline(__always) func read(_ index: Int) -> (UnsafePointer<Double>, Int) {
        let k = index - first
        switch lanes[index].kind {
        case .array: return (pointers[k] + offset * steps[k], steps[k])
        case .number: return (UnsafePointer(rows + k * chunk), 0)
        case .pending, .other: return (UnsafePointer(rows + k * chunk), 1)
        }
      }
      let gathered = rows + (root - first + 1) * chunk
      for index in first...root where lanes[index].kind == .pending {
        let target = index == root ? out : rows + (index - first) * chunk
        let type = lanes[index].type
        switch program.steps[index] {
        case .binary(let op, _, let a, let b), .binaryCall(let op, _, let a, let b):
          let (x, xStep) = read(a)
          let (y, yStep) = read(b)
          op.evaluate(x, xStep, y, yStep, into: target, count: count, type: type)
        case .negate(let a):
          unary(.negative, read(a), lanes[a].type, target, count, gathered)
        case .unary(let op, _, let a):
          unary(op, read(a), lanes[a].type, target, count, gathered)
        case .value, .opaque, .item:
          preconditionFailure("only operations are pending")
        }
      }
    }

    /// A unary loop, which reads its operand contiguously: a strided or repeated operand is
    /// gathered first. Unary loops take the operand's dtype.
    @inline(__always)
    private func unary(
      _ op: UnaryOperation, _ operand: (UnsafePointer<Double>, Int), _ input: DType,
      _ target: UnsafeMutablePointer<Double>, _ count: Int, _ gathered: UnsafeMutablePointer<Double>
    ) {
      let (x, step) = operand
      if step == 1 { return op.evaluate(x, into: target, count: count, type: input) }
      for i in 0..<count { gathered[i] = x[i * step] }
      op.evaluate(gathered, into: target, count: count, type: input)
    }

    /// Walks the result row by row (its last axis), each array read at its broadcast strides.
    func runByRows(
      shape: [Int], state: FusedProgram.State, rows: UnsafeMutablePointer<Double>,
      pointers: UnsafeMutablePointer<UnsafePointer<Double>>, steps: UnsafeMutablePointer<Int>,
      out: UnsafeMutablePointer<Double>
    ) {
      let rank = shape.count
      let width = root - first + 1
      let length = shape[rank - 1]
      let rowCount = shape.reduce(1, *) / Swift.max(length, 1)
      // strides[k·rank + axis]: input k's stride along `axis` of the result (0 where stretched).
      withUnsafeTemporaryAllocation(of: Int.self, capacity: width * rank + width + rank) { table in
        let strides = table.baseAddress!
        let inputs = strides + width * rank
        let position = inputs + width
        position.initialize(repeating: 0, count: rank)
        var inputCount = 0
        forEachInput { index in
          let k = index - first
          for j in 0..<inputCount where inputs[j] == k { return }
          inputs[inputCount] = k
          inputCount += 1
          guard case .native(let object) = state.values[index], let array = NDArray.cast(object) else { return }
          let lead = rank - array.ndim
          for axis in 0..<rank {
            let own = axis - lead
            strides[k * rank + axis] = own >= 0 && array.shape[own] != 1 ? array.strides[own] : 0
          }
          pointers[k] = lanes[index].base!
          steps[k] = strides[k * rank + rank - 1]
        }
        for row in 0..<rowCount {
          for start in stride(from: 0, to: length, by: chunk) {
            evaluate(rows, pointers, steps, offset: start, into: out + row * length + start, count: Swift.min(chunk, length - start))
          }
          // The next row: count up over the leading axes, moving each array's row start.
          var axis = rank - 2
          while axis >= 0 {
            position[axis] += 1
            for j in 0..<inputCount { pointers[inputs[j]] += strides[inputs[j] * rank + axis] }
            if position[axis] < shape[axis] { break }
            for j in 0..<inputCount { pointers[inputs[j]] -= strides[inputs[j] * rank + axis] * shape[axis] }
            position[axis] = 0
            axis -= 1
          }
        }
      }
    }
  }
}
