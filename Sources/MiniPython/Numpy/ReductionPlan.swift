/// The loop numpy runs for a reduction over some axes, in the array's memory order.
///
/// numpy walks the input in memory order with the output broadcast against it (stride 0 along the
/// reduced axes). When the innermost axis is reduced, the inner loop folds a whole run into one
/// output element (for `sum`, with pairwise summation); otherwise it updates a row of outputs
/// element by element. Reproducing this order makes `sum`, `mean` and `var` equal to numpy's bit
/// for bit, not only to rounding.
struct ReductionPlan {
  /// The outer loops (memory order, innermost last) as flattened triples: extent, input stride,
  /// output stride.
  var outer: [Int] = []
  var innerCount = 1
  var innerInputStride = 0
  var innerOutputStride = 0
  var inputOffset: Int
  /// The output's shape with the reduced axes removed, and with them kept as 1.
  var outputShape: [Int]
  var keptShape: [Int]
  var outputCount: Int
  /// The number of input elements folded into each output.
  var reducedCount: Int

  /// The plan for reducing `array` over `axes` (distinct, in `0..<array.ndim`).
  ///
  /// Built with a few small allocations: it runs for every `np.sum(x, axis=1)` of a training loop.
  init(_ array: NDArray, axes: [Int]) {
    let (shape, strides, rank) = (array.shape, array.strides, array.ndim)
    var reduced = [Bool](count: rank) { $0.initialize(repeating: false) }
    for axis in axes { reduced[axis] = true }
    inputOffset = array.offset
    keptShape = shape
    outputShape = []
    outputShape.reserveCapacity(rank)
    reducedCount = 1
    for axis in 0..<rank {
      if reduced[axis] {
        keptShape[axis] = 1
        reducedCount *= shape[axis]
      } else {
        outputShape.append(shape[axis])
      }
    }
    outputCount = outputShape.reduce(1, *)
    var (innerCount, innerInput, innerOutput) = (1, 0, 0)
    var outer: [Int] = []
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 5 * rank + 1) { scratch in
      let (outputStrides, order, dims) = (scratch.baseAddress!, scratch.baseAddress! + rank, scratch.baseAddress! + 2 * rank)
      var step = 1
      for axis in stride(from: rank - 1, through: 0, by: -1) {
        outputStrides[axis] = reduced[axis] || shape[axis] == 1 ? 0 : step
        step *= keptShape[axis] == 0 ? 1 : keptShape[axis]
      }
      // Memory order: larger input strides outside; ties keep the logical order (insertion sort).
      var kept = 0
      for axis in 0..<rank where shape[axis] != 1 {
        var slot = kept
        while slot > 0 && Swift.abs(strides[order[slot - 1]]) < Swift.abs(strides[axis]) {
          order[slot] = order[slot - 1]
          slot -= 1
        }
        order[slot] = axis
        kept += 1
      }
      var count = 0
      for position in 0..<kept {
        let axis = order[position]
        let (e, i, o) = (shape[axis], strides[axis], outputStrides[axis])
        if count > 0 {
          let last = dims + 3 * (count - 1)
          if last[1] == i * e && last[2] == o * e {
            (last[0], last[1], last[2]) = (last[0] * e, i, o)
            continue
          }
        }
        (dims[3 * count], dims[3 * count + 1], dims[3 * count + 2]) = (e, i, o)
        count += 1
      }
      if count > 0 {
        count -= 1
        (innerCount, innerInput, innerOutput) = (dims[3 * count], dims[3 * count + 1], dims[3 * count + 2])
      }
      outer = Array(UnsafeBufferPointer(start: dims, count: 3 * count))
    }
    (self.innerCount, innerInputStride, innerOutputStride) = (innerCount, innerInput, innerOutput)
    self.outer = outer
  }

  /// Whether the inner loop folds a run into one output (the innermost axis is reduced).
  var foldsInnerRun: Bool { innerOutputStride == 0 && innerCount > 1 }

  /// Calls `body(inputOffset, outputOffset)` for each inner loop, in memory order.
  func forEachRun(_ body: (Int, Int) -> Void) {
    let loops = outer.count / 3
    if innerCount == 0 { return }
    for k in 0..<loops where outer[3 * k] == 0 { return }
    if loops == 0 { return body(inputOffset, 0) }
    if loops == 1 {
      let (n, i, o) = (outer[0], outer[1], outer[2])
      // Runs that each fold into their own output (np.sum(X, axis=1)) are independent: a large
      // reduction splits them over two threads, each run summed in numpy's order.
      let independent = foldsInnerRun && o != 0
      ElementwiseLoop.forHalves(n, elementsPerItem: independent ? innerCount : 0) { part in
        for r in part { body(inputOffset + r * i, r * o) }
      }
      return
    }
    withUnsafeTemporaryAllocation(of: Int.self, capacity: loops) { index in
      for k in 0..<loops { index[k] = 0 }
      var input = inputOffset
      var output = 0
      while true {
        body(input, output)
        var axis = loops - 1
        while axis >= 0 {
          let (extent, i, o) = (outer[3 * axis], outer[3 * axis + 1], outer[3 * axis + 2])
          index[axis] += 1
          input += i
          output += o
          if index[axis] < extent { break }
          input -= i * extent
          output -= o * extent
          index[axis] = 0
          axis -= 1
        }
        if axis < 0 { return }
      }
    }
  }

  /// numpy's pairwise summation of `n` values (`pairwise_sum_DOUBLE`): blocks of up to 128 summed
  /// with eight accumulators, larger runs split in two.
  static func pairwiseSum(_ x: UnsafePointer<Double>, _ n: Int, _ stride: Int) -> Double {
    if n < 8 {
      var sum = 0.0
      for i in 0..<n { sum += x[i * stride] }
      return sum
    }
    if n <= 128 {
      var r0 = x[0], r1 = x[stride], r2 = x[2 * stride], r3 = x[3 * stride]
      var r4 = x[4 * stride], r5 = x[5 * stride], r6 = x[6 * stride], r7 = x[7 * stride]
      var i = 8
      while i < n - n % 8 {
        r0 += x[i * stride]; r1 += x[(i + 1) * stride]; r2 += x[(i + 2) * stride]; r3 += x[(i + 3) * stride]
        r4 += x[(i + 4) * stride]; r5 += x[(i + 5) * stride]; r6 += x[(i + 6) * stride]; r7 += x[(i + 7) * stride]
        i += 8
      }
      var sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
      while i < n {
        sum += x[i * stride]
        i += 1
      }
      return sum
    }
    var half = n / 2
    half -= half % 8
    return pairwiseSum(x, half, stride) + pairwiseSum(x + half * stride, n - half, stride)
  }
}
