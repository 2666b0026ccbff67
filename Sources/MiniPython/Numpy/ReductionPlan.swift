/// The loop numpy runs for a reduction over some axes, in the array's memory order.
///
/// numpy walks the input in memory order with the output broadcast against it (stride 0 along the
/// reduced axes). When the innermost axis is reduced, the inner loop folds a whole run into one
/// output element (for `sum`, with pairwise summation); otherwise it updates a row of outputs
/// element by element. Reproducing this order makes `sum`, `mean` and `var` equal to numpy's bit
/// for bit, not only to rounding.
struct ReductionPlan {
  /// Extents of the outer loops (memory order, innermost last), with input and output strides.
  var outerShape: [Int] = []
  var outerInputStrides: [Int] = []
  var outerOutputStrides: [Int] = []
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

  init(_ array: NDArray, axes: [Int]) {
    let reduced = Set(axes)
    inputOffset = array.offset
    keptShape = array.shape.enumerated().map { reduced.contains($0.offset) ? 1 : $0.element }
    outputShape = array.shape.enumerated().filter { !reduced.contains($0.offset) }.map(\.element)
    outputCount = outputShape.reduce(1, *)
    reducedCount = axes.reduce(1) { $0 * array.shape[$1] }
    let outputStrides = StridedLayout.rowMajorStrides(keptShape).enumerated().map {
      reduced.contains($0.offset) || array.shape[$0.offset] == 1 ? 0 : $0.element
    }
    // Memory order: larger input strides outside; ties keep the logical order.
    let order = (0..<array.ndim).filter { array.shape[$0] != 1 }.sorted {
      let (x, y) = (Swift.abs(array.strides[$0]), Swift.abs(array.strides[$1]))
      return x != y ? x > y : $0 < $1
    }
    var dims: [(extent: Int, input: Int, output: Int)] = []
    for axis in order {
      let next = (array.shape[axis], array.strides[axis], outputStrides[axis])
      if let last = dims.last, last.input == next.1 * next.0, last.output == next.2 * next.0 {
        dims[dims.count - 1] = (last.extent * next.0, next.1, next.2)
      } else {
        dims.append(next)
      }
    }
    if let inner = dims.popLast() {
      innerCount = inner.extent
      innerInputStride = inner.input
      innerOutputStride = inner.output
    }
    outerShape = dims.map(\.extent)
    outerInputStrides = dims.map(\.input)
    outerOutputStrides = dims.map(\.output)
  }

  /// Whether the inner loop folds a run into one output (the innermost axis is reduced).
  var foldsInnerRun: Bool { innerOutputStride == 0 && innerCount > 1 }

  /// Calls `body(inputOffset, outputOffset)` for each inner loop, in memory order.
  func forEachRun(_ body: (Int, Int) -> Void) {
    if outerShape.contains(0) || innerCount == 0 { return }
    var index = [Int](repeating: 0, count: outerShape.count)
    var input = inputOffset
    var output = 0
    while true {
      body(input, output)
      var axis = outerShape.count - 1
      while axis >= 0 {
        index[axis] += 1
        input += outerInputStrides[axis]
        output += outerOutputStrides[axis]
        if index[axis] < outerShape[axis] { break }
        input -= outerInputStrides[axis] * outerShape[axis]
        output -= outerOutputStrides[axis] * outerShape[axis]
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { return }
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
