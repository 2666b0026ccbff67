/// A strided layout: its element offsets in row-major order (the innermost axis as a tight loop,
/// the outer axes advancing like an odometer), and a gather of its elements into a contiguous
/// buffer (through `ElementwiseLoop.copy`).
struct StridedLayout {
  var shape: [Int]
  var strides: [Int]
  var offset: Int

  var count: Int { shape.reduce(1, *) }

  /// Calls `body` with the storage offset of every element, in row-major order of `shape`.
  @inline(__always)
  func forEachOffset(_ body: (Int) -> Void) {
    let rank = shape.count
    if rank == 0 {
      body(offset)
      return
    }
    if shape.contains(0) { return }
    let inner = shape[rank - 1]
    let innerStride = strides[rank - 1]
    if rank == 1 {
      var position = offset
      for _ in 0..<inner {
        body(position)
        position += innerStride
      }
      return
    }
    var index = [Int](count: rank - 1) { $0.initialize(repeating: 0) }
    var base = offset
    while true {
      var position = base
      for _ in 0..<inner {
        body(position)
        position += innerStride
      }
      var axis = rank - 2
      while axis >= 0 {
        index[axis] += 1
        base += strides[axis]
        if index[axis] < shape[axis] { break }
        base -= strides[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { return }
    }
  }

  /// Copies the elements, in row-major order, from `source` (the storage) to `destination`.
  func gather(from source: UnsafePointer<Double>, into destination: UnsafeMutablePointer<Double>) {
    ElementwiseLoop.copy(
      shape: shape, from: source + offset, strides: strides, to: destination,
      strides: StridedLayout.rowMajorStrides(shape))
  }

  /// Row-major strides of a shape, in elements.
  static func rowMajorStrides(_ shape: [Int]) -> [Int] {
    // Shared arrays for the common ranks: no allocation, no generic metadata lookup (a measurable
    // share of a tiny array operation).
    switch shape.count {
    case 0: return []
    case 1: return unitStride
    case 2:
      let row = max(shape[1], 1)
      return row < matrixStrides.count ? matrixStrides[row] : [row, 1]
    default: break
    }
    var strides = [Int](count: shape.count) { $0.initialize(repeating: 1) }
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[axis] = step
      step *= max(shape[axis], 1)
    }
    return strides
  }

  /// `[1]`, shared by every new 1-D array.
  private static let unitStride = [1]

  /// `[n]`: shared for `0 <= n < 1024` (a retain instead of an allocation for the shape or
  /// stride of a row, a column or a flattened array), else a new array.
  @inline(__always)
  static func vector(_ n: Int) -> [Int] {
    n >= 0 && n < vectors.count ? vectors[n] : [n]
  }

  private static let vectors: [[Int]] = (0..<1024).map { [$0] }

  /// `[n, 1]` for rows of up to 1023 elements, shared by the new matrices with such rows: a
  /// retain instead of an allocation for each array an operation makes.
  private static let matrixStrides: [[Int]] = (0..<1024).map { [$0, 1] }

  /// Whether a layout is C-contiguous: axes of extent 1 may have any stride.
  static func isRowMajor(shape: [Int], strides: [Int]) -> Bool {
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) where shape[axis] != 1 {
      if shape[axis] == 0 { return true }
      if strides[axis] != step { return false }
      step *= shape[axis]
    }
    return true
  }
}
